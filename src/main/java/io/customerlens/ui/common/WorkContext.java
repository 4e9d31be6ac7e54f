package io.customerlens.ui.common;

import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

/**
 * What running work can tell the status bar (progress, a message) and ask (was it cancelled?). It is a
 * {@link ProgressListener} and a {@link CancelSignal}, so it can be handed straight to services.
 */
public interface WorkContext extends ProgressListener, CancelSignal {

    /** Shown in the status bar while the work runs. */
    void message(String text);
}
