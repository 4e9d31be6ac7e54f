package io.customerlens.analysis;

import io.customerlens.domain.CustomerSummary;
import io.customerlens.domain.LineFact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Per-customer purchase figures as DEFINITIONS.md defines them. Pure: no I/O, no clock. */
public final class CustomerAnalysis {

    /** The default as-of date: the latest date of any line (returns and keyless lines included). */
    public Optional<LocalDate> defaultAsOf(Collection<LineFact> lines) {
        throw new UnsupportedOperationException("TODO");
    }

    /** One summary per customer with at least one purchase on or before {@code asOf}, sorted by key. */
    public List<CustomerSummary> summarize(Collection<LineFact> lines, LocalDate asOf) {
        throw new UnsupportedOperationException("TODO");
    }
}
