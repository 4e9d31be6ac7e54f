package io.customerlens.service;

import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineFingerprint;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.ProductNameCount;
import io.customerlens.domain.SalesLine;
import io.customerlens.importer.LineSink;
import io.customerlens.store.CustomerUpdate;
import io.customerlens.store.ProductUpdate;
import io.customerlens.task.CancelSignal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Receives the importer's lines inside the import transaction: drops duplicates (of stored lines, or of
 * lines earlier in this import), inserts the rest in chunks, and collects customer and product attributes
 * from the inserted lines. Only fingerprints and one entry per customer and product are kept, never lines.
 */
final class StoringSink implements LineSink {

    static final int CHUNK_SIZE = 5_000;

    private final Consumer<List<ImportedLine>> chunkWriter;
    private final FingerprintSet stored;
    /** Version-1 fingerprints of lines stored before version 2; null when the store has none. */
    private final FingerprintSet legacyStored;
    private final FingerprintSet seenInImport = new FingerprintSet();
    private final CancelSignal cancel;
    /** Lines new by fingerprint that repeat a stored line's content; null when not looked for. */
    private ContentOverlap overlap;
    private List<ImportedLine> chunk = new ArrayList<>(CHUNK_SIZE);
    private final LatestAttributes customers = new LatestAttributes(13);
    private final LatestAttributes products = new LatestAttributes(4);
    /** Lines per name of each product code: one code sold under several names shows its most frequent one. */
    private final Map<String, Map<String, Long>> namesByCode = new HashMap<>();

    private long received;
    private long imported;
    private long duplicatesStored;
    private long duplicatesInImport;
    private long withoutCustomer;
    private LocalDate firstDate;
    private LocalDate lastDate;

    /** @param chunkWriter receives each full chunk and owns it afterwards (it may write it on another thread) */
    StoringSink(Consumer<List<ImportedLine>> chunkWriter, FingerprintSet stored, CancelSignal cancel) {
        this(chunkWriter, stored, null, cancel);
    }

    /** @param legacyStored version-1 fingerprints of lines stored before version 2, or null when there are none */
    StoringSink(Consumer<List<ImportedLine>> chunkWriter, FingerprintSet stored, FingerprintSet legacyStored,
                CancelSignal cancel) {
        this.chunkWriter = chunkWriter;
        this.stored = stored;
        this.legacyStored = legacyStored;
        this.cancel = cancel;
    }

    @Override
    public void accept(ImportedLine imported) {
        received++;
        SalesLine line = imported.line();
        noteDate(line.date());
        LineFingerprint fingerprint = imported.fingerprint();
        // Within-file repeats are counted as such first, so a re-import reports the same in-file duplicates
        // as the first import did, and only the rest as already stored.
        if (!seenInImport.add(fingerprint)) {
            duplicatesInImport++;
            return;
        }
        if (stored.contains(fingerprint) || storedBeforeVersionTwo(imported)) {
            duplicatesStored++;
            return;
        }
        this.imported++;
        if (overlap != null) {
            overlap.noteNewLine(line);
        }
        collectAttributes(line);
        chunk.add(imported);
        if (chunk.size() >= CHUNK_SIZE) {
            flush();
        }
    }

    /** Looks out, from now on, for new lines that repeat the content of stored ones. */
    StoringSink watchingFor(ContentOverlap contentOverlap) {
        this.overlap = contentOverlap;
        return this;
    }

    @Override
    public boolean wantsLegacyFingerprints() {
        return legacyStored != null;
    }

    private boolean storedBeforeVersionTwo(ImportedLine imported) {
        return legacyStored != null && imported.legacyFingerprint() != null
                && legacyStored.contains(imported.legacyFingerprint());
    }

    /** Inserts what is left; the caller then upserts {@link #customerUpdates()} and {@link #productUpdates()}. */
    void finish() {
        flush();
    }

    private void flush() {
        // A cancelled import stops here at the latest, before more work is written that would be rolled back.
        cancel.throwIfCancelled();
        if (!chunk.isEmpty()) {
            chunkWriter.accept(chunk);
            chunk = new ArrayList<>(CHUNK_SIZE);
        }
    }

    private void noteDate(LocalDate date) {
        if (firstDate == null || date.isBefore(firstDate)) {
            firstDate = date;
        }
        if (lastDate == null || date.isAfter(lastDate)) {
            lastDate = date;
        }
    }

    private void collectAttributes(SalesLine line) {
        if (line.customerKey() == null) {
            withoutCustomer++;
        } else {
            CustomerInfo c = line.customer();
            customers.record(line.customerKey(), line.date(), c.id(), c.name(), c.type(), c.region(),
                    c.province(), c.city(), c.industry(), c.channel(), c.salesperson(), line.contact().phone(),
                    line.contact().contactPerson(), line.contact().address(), line.contact().wechat());
        }
        ProductInfo p = line.product();
        String productKey = p.key();
        if (productKey != null) {
            products.record(productKey, line.date(), p.code(), p.name(), p.category(), p.subCategory());
            // A nameless product's key is its name: only a code can carry several names.
            if (p.code() != null && !p.code().isBlank() && p.name() != null && !p.name().isBlank()) {
                namesByCode.computeIfAbsent(productKey, key -> new HashMap<>()).merge(p.name(), 1L, Long::sum);
            }
        }
    }

    List<CustomerUpdate> customerUpdates() {
        return customers.results((key, v, date) -> new CustomerUpdate(key,
                new CustomerInfo(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]),
                new Contact(v[9], v[10], v[11], v[12]), date));
    }

    /**
     * Products by key. Every line of a key agrees on it (its code, else its name, see ProductInfo.key()),
     * so the collected code and name rebuild the same key.
     */
    List<ProductUpdate> productUpdates() {
        return products.results((key, v, date) -> new ProductUpdate(new ProductInfo(v[0], v[1], v[2], v[3]), date));
    }

    /** How many of the imported lines carried each name of each product code. */
    List<ProductNameCount> productNames() {
        List<ProductNameCount> counts = new ArrayList<>();
        namesByCode.forEach((key, names) ->
                names.forEach((name, lines) -> counts.add(new ProductNameCount(key, name, lines))));
        return counts;
    }

    long received() {
        return received;
    }

    long imported() {
        return imported;
    }

    long duplicatesStored() {
        return duplicatesStored;
    }

    long duplicatesInImport() {
        return duplicatesInImport;
    }

    long withoutCustomer() {
        return withoutCustomer;
    }

    LocalDate firstDate() {
        return firstDate;
    }

    LocalDate lastDate() {
        return lastDate;
    }
}
