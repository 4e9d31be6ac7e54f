package io.customerlens.service;

import io.customerlens.importer.HeaderSignature;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
import io.customerlens.store.ImportWriter;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One import inside one transaction (the caller owns the transaction; this class only writes through it). */
final class ImportRun {

    private final ImportWriter writer;
    private final SalesReader reader;

    ImportRun(ImportWriter writer, SalesReader reader) {
        this.writer = writer;
        this.reader = reader;
    }

    ImportSummary run(ImportPlan plan, FileDigest digest, Instant now, ProgressListener progress,
                      CancelSignal cancel) throws IOException {
        String fileName = plan.file().getFileName().toString();
        List<String> sheetNames = plan.sheets().stream().map(SheetLayout::sheetName).toList();
        long batchId = writer.startBatch(fileName, digest.size(), digest.sha256(), String.join(", ", sheetNames), now);

        StoringSink sink;
        ReadResult read;
        try (BackgroundLineWriter lines = new BackgroundLineWriter(chunk -> writer.insertLines(batchId, chunk))) {
            sink = new StoringSink(lines::submit, storedFingerprints(), cancel);
            read = reader.read(plan, sink, progress, cancel);
            sink.finish();
            lines.finish();
        }
        writer.upsertCustomers(sink.customerUpdates());
        writer.upsertProducts(sink.productUpdates());
        rememberMapping(plan, now);
        // The importer may have finished its last rows after a late cancel; nothing may be committed then.
        cancel.throwIfCancelled();

        long duplicates = sink.duplicatesStored() + sink.duplicatesInImport();
        writer.finishBatch(batchId, read.rowsRead(), sink.imported(), duplicates, read.rejected().size(),
                read.skippedTotal());
        return new ImportSummary(batchId, fileName, sheetNames, read.rowsRead(), sink.imported(),
                sink.duplicatesInImport(), sink.duplicatesStored(), read.skipped(), read.rejected(),
                sink.withoutCustomer(), sink.firstDate(), sink.lastDate());
    }

    private FingerprintSet storedFingerprints() {
        FingerprintSet stored = new FingerprintSet(writer.storedLineCount());
        writer.forEachStoredFingerprint(stored::add);
        return stored;
    }

    /** The confirmed mapping is remembered for every header set of the plan's sheets. */
    private void rememberMapping(ImportPlan plan, Instant now) {
        Set<List<String>> headerSets = new LinkedHashSet<>();
        plan.sheets().forEach(sheet -> headerSets.add(sheet.headers()));
        for (List<String> headers : headerSets) {
            writer.rememberMapping(HeaderSignature.of(headers), MappingRules.headersByField(plan.mapping()), now);
        }
    }
}
