package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;

import java.time.YearMonth;

/** One month of the customer movement table (客户增减分析表), DEFINITIONS: customer movement. */
public record MovementRow(int month, long active, long newCustomers, long lost, long returned, long base) {

    public YearMonth yearMonth() {
        return MonthIndex.toYearMonth(month);
    }
}
