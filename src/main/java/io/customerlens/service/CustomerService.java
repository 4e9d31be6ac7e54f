package io.customerlens.service;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.domain.LineFact;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers with their figures, for the Customers view and the analyze export. Call off the FX thread. */
public class CustomerService {

    private final SalesStore store;
    private final CustomerAnalysis analysis;

    public CustomerService(Database database, CustomerAnalysis analysis) {
        this.store = new SalesStore(database);
        this.analysis = analysis;
    }

    /**
     * Every customer with a purchase up to the as-of date, with its stored attributes.
     *
     * @param asOf empty = the latest date of any stored line
     */
    public CustomerOverview overview(Optional<LocalDate> asOf) {
        return overview(store.customerData(), asOf);
    }

    /** The same as {@link #overview(Optional)} over data already read. */
    public CustomerOverview overview(SalesStore.CustomerData stored, Optional<LocalDate> asOf) {
        List<LineFact> facts = stored.facts();
        Optional<LocalDate> effectiveAsOf = asOf.or(() -> analysis.defaultAsOf(facts));
        if (effectiveAsOf.isEmpty()) {
            return new CustomerOverview(null, List.of());
        }
        List<CustomerSummary> summaries = analysis.summarize(facts, effectiveAsOf.get());
        Map<String, CustomerInfo> infoByKey = stored.infoByKey();
        List<CustomerRow> rows = summaries.stream()
                .map(summary -> new CustomerRow(summary.customerKey(),
                        infoByKey.getOrDefault(summary.customerKey(), CustomerInfo.EMPTY), summary))
                .toList();
        return new CustomerOverview(effectiveAsOf.get(), rows);
    }

    public boolean storeIsEmpty() {
        return store.isEmpty();
    }


}
