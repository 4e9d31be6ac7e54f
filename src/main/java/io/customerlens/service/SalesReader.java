package io.customerlens.service;

import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.LineSink;
import io.customerlens.importer.ReadResult;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;

/**
 * The shape of {@link io.customerlens.importer.SpreadsheetImporter#read}: the import needs nothing else from
 * the importer, and tests put a reader here that fails or is cancelled part-way.
 */
@FunctionalInterface
interface SalesReader {
    ReadResult read(ImportPlan plan, LineSink sink, ProgressListener progress, CancelSignal cancel) throws IOException;
}
