package io.customerlens.analysis.products;

import java.time.LocalDate;
import java.time.YearMonth;

/** Period rules shared by the sales figures. */
public final class KpiPeriods {

    private KpiPeriods() {
    }

    /** The as-of month when A is its last day, else the month before: the last month whose every day is ≤ A. */
    public static YearMonth latestCompleteMonth(LocalDate asOf) {
        YearMonth month = YearMonth.from(asOf);
        return asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
    }
}
