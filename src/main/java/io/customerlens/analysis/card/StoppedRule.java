package io.customerlens.analysis.card;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.LapseWindow;

import java.time.LocalDate;

/**
 * When a product (or category) counts as "stopped" (docs/definitions.md, "Customer card"): bought in at least
 * {@value #REGULAR_MONTHS} distinct calendar months of the {@value #BEFORE_MONTHS} months just before the last N
 * months, and not bought in the last N months (the as-of month included). One rule for the card's list of one
 * customer and the Products page's list of one product's customers. Pure.
 *
 * @param recentFrom the first month (a {@link MonthIndex}) of the last N months
 * @param beforeFrom the first of the {@value #BEFORE_MONTHS} months before them
 * @param asOf       lines after this day are not looked at
 */
public record StoppedRule(int recentFrom, int beforeFrom, LocalDate asOf) {

    public static final int REGULAR_MONTHS = 3;
    public static final int BEFORE_MONTHS = 12;

    public static StoppedRule of(LocalDate asOf, LapseWindow window) {
        int recentFrom = MonthIndex.of(asOf) - window.months() + 1;
        return new StoppedRule(recentFrom, recentFrom - BEFORE_MONTHS, asOf);
    }

    /** Whether a line of this day is read at all: from the 12 months before the last N to the as-of date. */
    public boolean reads(LocalDate date) {
        return MonthIndex.of(date) >= beforeFrom && !date.isAfter(asOf);
    }

    /** Whether a day read falls in the last N months. */
    public boolean isRecent(LocalDate date) {
        return MonthIndex.of(date) >= recentFrom;
    }

    /** Whether this many distinct months with a purchase in the 12 months before make a regular buyer. */
    public static boolean wasRegular(int purchaseMonths) {
        return purchaseMonths >= REGULAR_MONTHS;
    }
}
