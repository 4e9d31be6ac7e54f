package io.customerlens.service;

import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;

/** The one import path shared by the wizard and the command line. */
public class ImportService {

    /** Looks at a file: format, sheets, header rows, suggested (or remembered) mapping, date order. */
    public FileInspection inspect(Path file, ImportOptions options) throws IOException {
        throw new UnsupportedOperationException("TODO: store/service helper");
    }

    /** The plan the importer would follow without further changes by the user. */
    public ImportPlan defaultPlan(FileInspection inspection, ImportOptions options) {
        throw new UnsupportedOperationException("TODO: store/service helper");
    }

    /**
     * Imports in one transaction: on failure or cancellation the store is exactly as before.
     * Progress is reported as data rows read (total unknown = -1).
     */
    public ImportSummary importFile(ImportPlan plan, ProgressListener progress, CancelSignal cancel)
            throws IOException {
        throw new UnsupportedOperationException("TODO: store/service helper");
    }
}
