package io.customerlens.analysis;

import java.time.LocalDate;
import java.time.YearMonth;

/** mi(d) = 12 × year + (month − 1): consecutive calendar months get consecutive indexes. */
public final class MonthIndex {

    private MonthIndex() {
    }

    public static int of(LocalDate date) {
        return 12 * date.getYear() + date.getMonthValue() - 1;
    }

    public static int of(YearMonth month) {
        return 12 * month.getYear() + month.getMonthValue() - 1;
    }

    /** The calendar month of a month index: the inverse of {@link #of(LocalDate)}. */
    public static YearMonth toYearMonth(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** Idle months (连续未进货月数) of a last purchase {@code last} seen from {@code asOf}. */
    public static int idleMonths(LocalDate last, LocalDate asOf) {
        return of(asOf) - of(last);
    }
}
