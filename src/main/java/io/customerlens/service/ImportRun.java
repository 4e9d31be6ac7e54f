package io.customerlens.service;

import io.customerlens.importer.HeaderSignature;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
import io.customerlens.store.ColumnMappingRepository;
import io.customerlens.store.CustomerRepository;
import io.customerlens.store.ImportBatchRepository;
import io.customerlens.store.ProductRepository;
import io.customerlens.store.SalesLineRepository;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One import inside one transaction (the caller owns the transaction; this class only writes through it). */
final class ImportRun {

    private final Handle handle;
    private final SalesReader reader;

    ImportRun(Handle handle, SalesReader reader) {
        this.handle = handle;
        this.reader = reader;
    }

    ImportSummary run(ImportPlan plan, FileDigest digest, Instant now, ProgressListener progress,
                      CancelSignal cancel) throws IOException {
        ImportBatchRepository batches = handle.attach(ImportBatchRepository.class);
        SalesLineRepository lines = handle.attach(SalesLineRepository.class);
        String fileName = plan.file().getFileName().toString();
        List<String> sheetNames = plan.sheets().stream().map(SheetLayout::sheetName).toList();
        long batchId = batches.insert(fileName, digest.size(), digest.sha256(), String.join(", ", sheetNames), now);

        StoringSink sink = new StoringSink(lines, batchId, storedFingerprints(lines), cancel);
        ReadResult read = reader.read(plan, sink, progress, cancel);
        sink.finish();
        handle.attach(CustomerRepository.class).upsert(sink.customerUpdates());
        handle.attach(ProductRepository.class).upsert(sink.productUpdates());
        rememberMapping(plan, now);
        // The importer may have finished its last rows after a late cancel; nothing may be committed then.
        cancel.throwIfCancelled();

        long duplicates = sink.duplicatesStored() + sink.duplicatesInImport();
        batches.updateCounts(batchId, read.rowsRead(), sink.imported(), duplicates, read.rejected().size(),
                read.skippedTotal());
        return new ImportSummary(batchId, fileName, sheetNames, read.rowsRead(), sink.imported(),
                sink.duplicatesInImport(), sink.duplicatesStored(), read.skipped(), read.rejected(),
                sink.withoutCustomer(), sink.firstDate(), sink.lastDate());
    }

    private static FingerprintSet storedFingerprints(SalesLineRepository lines) {
        FingerprintSet stored = new FingerprintSet(lines.count());
        lines.forEachFingerprint(stored::add);
        return stored;
    }

    /** The confirmed mapping is remembered for every header set of the plan's sheets. */
    private void rememberMapping(ImportPlan plan, Instant now) {
        ColumnMappingRepository mappings = handle.attach(ColumnMappingRepository.class);
        Set<List<String>> headerSets = new LinkedHashSet<>();
        plan.sheets().forEach(sheet -> headerSets.add(sheet.headers()));
        for (List<String> headers : headerSets) {
            mappings.save(HeaderSignature.of(headers), MappingRules.headersByField(plan.mapping()), now);
        }
    }
}
