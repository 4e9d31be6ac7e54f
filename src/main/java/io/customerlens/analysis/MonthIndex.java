package io.customerlens.analysis;

import java.time.LocalDate;

/** mi(d) = 12 × year + (month − 1): consecutive calendar months get consecutive indexes. */
public final class MonthIndex {

    private MonthIndex() {
    }

    public static int of(LocalDate date) {
        return 12 * date.getYear() + date.getMonthValue() - 1;
    }

    /** Idle months (连续未进货月数) of a last purchase {@code last} seen from {@code asOf}. */
    public static int idleMonths(LocalDate last, LocalDate asOf) {
        return of(asOf) - of(last);
    }
}
