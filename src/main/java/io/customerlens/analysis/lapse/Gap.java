package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;

import java.time.YearMonth;
import java.util.OptionalInt;

/**
 * A maximal run of consecutive calendar months without a purchase, between the first purchase month
 * and the as-of month (month indexes, both included). Open when it reaches the as-of month.
 */
public record Gap(int startMonth, int endMonth, boolean open) {

    public Gap {
        if (endMonth < startMonth) {
            throw new IllegalArgumentException("a gap ends before it starts: " + startMonth + ".." + endMonth);
        }
    }

    public int months() {
        return endMonth - startMonth + 1;
    }

    public boolean contains(int month) {
        return month >= startMonth && month <= endMonth;
    }

    public boolean isLapse(LapseWindow window) {
        return window.isLapse(months());
    }

    /** The month of the next purchase, for a closed gap; a closed lapse episode is a win-back to that month. */
    public OptionalInt returnMonth() {
        return open ? OptionalInt.empty() : OptionalInt.of(endMonth + 1);
    }

    /** The month in which the gap became a lapse of the window: its N-th empty month. */
    public int lapseMonth(LapseWindow window) {
        return startMonth + window.months() - 1;
    }

    public YearMonth start() {
        return MonthIndex.toYearMonth(startMonth);
    }

    public YearMonth end() {
        return MonthIndex.toYearMonth(endMonth);
    }
}
