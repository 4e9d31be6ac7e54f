package io.customerlens.analysis.products;

import java.util.List;

/**
 * The comparison periods the data's history fills.
 *
 * @param historyMonths calendar months from the first month of data to the as-of month, both included
 * @param fitting       the periods whose previous half the data covers, in the order offered
 * @param longest       the longest rolling period that fits (the default); null when none does (under 6 months)
 */
public record BcgPeriodChoice(int historyMonths, List<ComparisonPeriod> fitting, ComparisonPeriod longest) {

    public BcgPeriodChoice {
        fitting = List.copyOf(fitting);
    }

    /** Whether any period can compare growth; without one no unit has a growth to place it by. */
    public boolean anyFits() {
        return longest != null;
    }

    /** The period to show: the one asked for when it fits, else the longest that does (null when none). */
    public ComparisonPeriod keepOr(ComparisonPeriod wanted) {
        return wanted != null && fitting.contains(wanted) ? wanted : longest;
    }
}
