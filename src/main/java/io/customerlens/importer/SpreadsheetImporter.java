package io.customerlens.importer;

import io.customerlens.importer.source.SourceOpener;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;

/** Streams the rows of every sheet of a plan, cleans them into lines for the sink, and counts the rest. */
public final class SpreadsheetImporter {

    private final SourceOpener opener;

    public SpreadsheetImporter(SourceOpener opener) {
        this.opener = opener;
    }

    /** Progress is the number of data rows read so far (total -1: unknown). */
    public ReadResult read(ImportPlan plan, LineSink sink, ProgressListener progress, CancelSignal cancel)
            throws IOException {
        throw new UnsupportedOperationException("TODO: parsing helper");
    }
}
