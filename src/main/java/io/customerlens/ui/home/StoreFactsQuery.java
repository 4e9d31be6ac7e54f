package io.customerlens.ui.home;

import io.customerlens.domain.ImportBatch;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;
import io.customerlens.service.ImportService;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Asks the services what Home shows about the store. Runs on the worker thread. Lines stored are the
 * lines the imports stored (each batch counts only its new lines); the period runs from the earliest
 * first purchase to the as-of date.
 */
final class StoreFactsQuery {

    private final CustomerService customers;
    private final ImportService imports;

    StoreFactsQuery(CustomerService customers, ImportService imports) {
        this.customers = customers;
        this.imports = imports;
    }

    StoreFacts read() {
        if (customers.storeIsEmpty()) {
            return StoreFacts.NONE;
        }
        CustomerOverview overview = customers.overview(Optional.empty());
        long lines = imports.batches().stream().mapToLong(ImportBatch::linesImported).sum();
        LocalDate first = overview.customers().stream()
                .map(CustomerRow::summary)
                .map(summary -> summary.firstPurchase())
                .min(Comparator.naturalOrder())
                .orElse(overview.asOf());
        return new StoreFacts(false, overview.customers().size(), lines, first, overview.asOf());
    }
}
