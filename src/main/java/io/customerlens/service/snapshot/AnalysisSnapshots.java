package io.customerlens.service.snapshot;

import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

import java.util.List;
import java.util.Optional;

/**
 * The snapshot of one store's current revision, shared by every service over that store. It is read when first
 * asked for and again only after an import changed the store; asking costs one small query. Only one
 * snapshot is kept: the previous one is let go before the next is read, so two never share the heap.
 */
public final class AnalysisSnapshots {

    /** Where snapshots come from: the store's revision now, and a read of everything at the revision then. */
    private interface Source {
        long revision();

        AnalysisSnapshot read();
    }

    private final Source source;
    private AnalysisSnapshot current;
    /** Whose customers {@link #current()} shows: empty = everyone the login reads (docs/decisions/0021). */
    private volatile Optional<String> salesperson = Optional.empty();

    public AnalysisSnapshots(Database database) {
        SalesStore store = new SalesStore(database);
        this.source = new Source() {
            @Override
            public long revision() {
                return store.revision();
            }

            @Override
            public AnalysisSnapshot read() {
                SalesColumns lines = new SalesColumns(1024);
                SalesStore.StoredSales stored = store.readAll(lines);
                return new AnalysisSnapshot(lines.freeze(), stored);
            }
        };
    }

    private AnalysisSnapshots(Source source) {
        this.source = source;
    }

    /** Snapshots of a store that holds nothing and never changes: for test doubles of the services. */
    public static AnalysisSnapshots ofEmptyStore() {
        AnalysisSnapshot empty = new AnalysisSnapshot(new SalesColumns(0).freeze(),
                new SalesStore.StoredSales(0, List.of(), List.of(), List.of(), Optional.empty()));
        return new AnalysisSnapshots(new Source() {
            @Override
            public long revision() {
                return 0;
            }

            @Override
            public AnalysisSnapshot read() {
                return empty;
            }
        });
    }

    /**
     * The snapshot of the store as it is now, read first if an import changed it since the last one, narrowed to
     * the salesperson chosen with {@link #scopeTo} if any. Every service asks here, so one choice scopes every page,
     * the card, the exports and the printed lists alike.
     */
    public AnalysisSnapshot current() {
        AnalysisSnapshot whole = whole();
        return salesperson.map(whole::scopedTo).orElse(whole);
    }

    /** The snapshot of everything the login reads, whatever salesperson is chosen (the chooser lists its salespeople). */
    public synchronized AnalysisSnapshot whole() {
        long revision = source.revision();
        if (current == null || current.revision() != revision) {
            current = null;
            current = source.read();
        }
        return current;
    }

    /** The snapshot already read, if it still shows the store as it is now (nothing to wait for). */
    public synchronized Optional<AnalysisSnapshot> ready() {
        if (current == null || current.revision() != source.revision()) {
            return Optional.empty();
        }
        Optional<String> chosen = salesperson;
        if (chosen.isEmpty()) {
            return Optional.of(current);
        }
        return current.hasMemo(List.of(AnalysisSnapshot.class, chosen.get()))
                ? Optional.of(current.scopedTo(chosen.get())) : Optional.empty();
    }

    /**
     * Narrows {@link #current()} to one salesperson's customers (empty = everyone). Set from the analysis settings'
     * salesperson before anyone hears of the change, so a page's next read already sees it.
     */
    public void scopeTo(Optional<String> salesperson) {
        this.salesperson = salesperson.filter(name -> !name.isBlank());
    }

    /** The salesperson {@link #current()} is narrowed to, if any. */
    public Optional<String> scope() {
        return salesperson;
    }
}
