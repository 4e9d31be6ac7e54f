package io.customerlens.ui.common;

/** Work that runs off the FX thread: database, file and analysis calls. */
@FunctionalInterface
public interface BackgroundWork<T> {

    /** May throw anything; the runner hands the failure to the job's failure handler on the FX thread. */
    T run(WorkContext context) throws Exception;
}
