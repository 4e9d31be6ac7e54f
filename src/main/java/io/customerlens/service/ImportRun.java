package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.HeaderSignature;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
import io.customerlens.store.ImportWriter;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One import: lines written in committed chunks under an incomplete batch, then everything made visible in
 * one small final transaction (docs/decisions/0006). On failure or cancellation the batch is taken back
 * out; if even that fails, the batch stays invisible and the next opening of the store removes it.
 */
final class ImportRun {

    /** The batch id of an import that found no sales line to import or to recognise as a duplicate. */
    static final long NO_BATCH = 0;

    /** Marks each phase at debug level, so a crash test can kill the process inside a chosen phase. */
    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportWriter writer;
    private final SalesReader reader;
    private final ImportSpace space;

    ImportRun(ImportWriter writer, SalesReader reader, ImportSpace space) {
        this.writer = writer;
        this.reader = reader;
        this.space = space;
    }

    /**
     * @param acceptOverlap import even when most new lines repeat the content of an earlier import; otherwise
     *                      such an import ends in a {@link LikelyReimportException} with nothing kept
     */
    ImportSummary run(ImportPlan plan, FileDigest digest, Instant now, ProgressListener progress,
                      CancelSignal cancel, boolean acceptOverlap) throws IOException {
        String fileName = plan.file().getFileName().toString();
        List<String> sheetNames = plan.sheets().stream().map(SheetLayout::sheetName).toList();
        long batchId = writer.startBatch(fileName, digest.size(), digest.sha256(), String.join(", ", sheetNames), now);
        LOG.debug("batch {} started", batchId);
        try {
            return writeBatch(batchId, plan, fileName, sheetNames, now, progress, cancel, acceptOverlap);
        } catch (Throwable failure) {
            discardAfter(batchId, failure);
            throw failure;
        } finally {
            // On a team server: the batch's lock goes with the import, however it ended (docs/decisions/0019).
            writer.endBatch();
        }
    }

    private ImportSummary writeBatch(long batchId, ImportPlan plan, String fileName, List<String> sheetNames,
                                     Instant now, ProgressListener progress, CancelSignal cancel,
                                     boolean acceptOverlap) throws IOException {
        StoringSink sink;
        ContentOverlap overlap = acceptOverlap ? null
                : new ContentOverlap(StoredContent.read(writer, writer.storedLineCount() + writer.legacyLineCount()));
        ReadResult read;
        try (BackgroundLineWriter lines = new BackgroundLineWriter(chunk -> {
            // Stop before the database meets a full disk: it may not recover from a refused write.
            space.requireHeadroom();
            writer.insertLines(batchId, chunk);
            LOG.debug("batch {} chunk of {} lines committed", batchId, chunk.size());
        }, space::outOfRoom)) {
            sink = new StoringSink(lines::submit, storedFingerprints(), legacyFingerprints(), cancel);
            if (overlap != null) {
                sink.watchingFor(overlap);
            }
            read = reader.read(plan, sink, progress, cancel);
            sink.finish();
            lines.finish();
        }
        // The importer may have finished its last rows after a late cancel; nothing may be completed then.
        cancel.throwIfCancelled();
        if (overlap != null) {
            Optional<LikelyReimportException> reimport = overlap.likelyReimport(fileName, sink.imported());
            if (reimport.isPresent()) {
                throw reimport.get();
            }
        }

        long duplicates = sink.duplicatesStored() + sink.duplicatesInImport();
        long storedBatch = batchId;
        if (sink.imported() == 0 && duplicates == 0) {
            // No sales line at all (an empty sheet, every row rejected): no record of an import of nothing. A
            // re-import whose lines were all stored before keeps its record: it is part of the history.
            writer.discard(batchId);
            writer.rememberMappings(mappings(plan), now);
            storedBatch = NO_BATCH;
        } else {
            LOG.debug("batch {} lines written, completing", batchId);
            writer.complete(batchId, new ImportWriter.Completion(read.rowsRead(), sink.imported(), duplicates,
                    read.rejected().size(), read.skippedTotal(), sink.customerUpdates(), sink.productUpdates(),
                    mappings(plan), now, sink.firstDate(), sink.lastDate(), sink.productNames()));
            LOG.debug("batch {} complete", batchId);
        }
        return new ImportSummary(storedBatch, fileName, sheetNames, read.rowsRead(), sink.imported(),
                sink.duplicatesInImport(), sink.duplicatesStored(), read.skipped(), read.rejected(),
                sink.withoutCustomer(), sink.firstDate(), sink.lastDate());
    }

    /** Takes the unfinished batch back out; a failure to do so must not hide the failure of the import. */
    private void discardAfter(long batchId, Throwable importFailure) {
        if (space.outOfRoom()) {
            // Deleting needs room too, and the database may be stuck: Database.open removes the batch next time.
            return;
        }
        try {
            writer.discard(batchId);
        } catch (RuntimeException discardFailure) {
            // The batch stays incomplete, so invisible, and Database.open removes it next time.
            importFailure.addSuppressed(discardFailure);
        }
    }

    private FingerprintSet storedFingerprints() {
        FingerprintSet stored = new FingerprintSet(writer.storedLineCount());
        writer.forEachStoredFingerprint(stored::add);
        return stored;
    }

    /** Version-1 fingerprints of lines stored before version 2; null in a store without such lines. */
    private FingerprintSet legacyFingerprints() {
        long count = writer.legacyLineCount();
        if (count == 0) {
            return null;
        }
        FingerprintSet legacy = new FingerprintSet(count);
        writer.forEachLegacyFingerprint(legacy::add);
        return legacy;
    }

    /** The confirmed mapping, remembered for every header set of the plan's sheets. */
    private static Map<String, Map<Field, String>> mappings(ImportPlan plan) {
        Map<String, Map<Field, String>> bySignature = new LinkedHashMap<>();
        plan.sheets().forEach(sheet ->
                bySignature.put(HeaderSignature.of(sheet.headers()), MappingRules.headersByField(plan.mapping())));
        return bySignature;
    }
}
