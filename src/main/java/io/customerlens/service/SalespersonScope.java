package io.customerlens.service;

import io.customerlens.service.snapshot.AnalysisSnapshots;

import java.util.List;
import java.util.Optional;

/**
 * A manager's choice of one salesperson's customers (docs/decisions/0021): the salespeople the store holds, and
 * the narrowing of the shared snapshot every service reads. The choice itself lives in the analysis settings; this
 * only carries it to the snapshot.
 */
public final class SalespersonScope {

    private final AnalysisSnapshots snapshots;

    public SalespersonScope(AnalysisSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Every salesperson of the customers the login reads, in natural order. Reads the store when it changed. */
    public List<String> salespeople() {
        return snapshots.whole().salespeople();
    }

    /** Narrows every page, export and printed list to {@code salesperson}'s customers; empty = everyone. */
    public void scopeTo(Optional<String> salesperson) {
        snapshots.scopeTo(salesperson);
    }
}
