package io.customerlens.ui.common;

import io.customerlens.task.ProgressListener;

/**
 * Reports an import's progress as "12,345 rows read" in the status bar: the total is unknown while a
 * file streams, so a count is more honest than a bar.
 */
public final class ImportProgress implements ProgressListener {

    private final WorkContext context;
    private final Messages messages;

    public ImportProgress(WorkContext context, Messages messages) {
        this.context = context;
        this.messages = messages;
    }

    @Override
    public void progress(long done, long total) {
        context.progress(done, total);
        context.message(messages.format("status.rowsRead", messages.count(done)));
    }
}
