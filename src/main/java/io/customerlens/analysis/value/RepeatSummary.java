package io.customerlens.analysis.value;

import java.util.Objects;

/**
 * What the value models need to know about one customer's purchases up to an as-of date, in the notation of
 * Fader, Hardie &amp; Lee (2005): x, t<sub>x</sub> and T. Time is in days throughout this package.
 * <p>
 * A purchase is a purchase day: several lines or orders on one day count once, because the models describe how
 * often a customer comes back, not how many lines an order has.
 *
 * @param customerKey     the customer's key
 * @param x               repeat purchases: distinct purchase days minus the first one
 * @param tx              days from the first purchase day to the last (0 when x = 0)
 * @param T               days from the first purchase day to the as-of date (T ≥ tx)
 * @param meanRepeatValue mean net amount per repeat purchase day (the days after the first); NaN when x = 0.
 *                        It may be zero or negative when returns and refunds outweigh sales
 */
public record RepeatSummary(String customerKey, int x, double tx, double T, double meanRepeatValue) {

    public RepeatSummary {
        Objects.requireNonNull(customerKey, "customerKey");
        if (x < 0) {
            throw new IllegalArgumentException("repeat purchases must not be negative: " + x);
        }
        if (!(tx >= 0 && tx <= T && Double.isFinite(T))) {
            throw new IllegalArgumentException("need 0 ≤ tx ≤ T, got tx = " + tx + ", T = " + T);
        }
        if (x == 0 && tx != 0) {
            throw new IllegalArgumentException("a customer without repeat purchases has tx = 0, got " + tx);
        }
        if (x > 0 && !Double.isFinite(meanRepeatValue)) {
            throw new IllegalArgumentException("a customer with repeat purchases needs a finite mean value");
        }
    }

    /**
     * Summarises one customer's purchase days as seen on the as-of date; days after it are ignored, as if the
     * analysis ran on that date.
     *
     * @param purchaseEpochDays  the purchase days (epoch days), strictly increasing
     * @param netPerPurchaseDay  the net amount of each of those days, same length
     * @param asOfEpochDay       the as-of date (epoch day)
     * @throws IllegalArgumentException when no purchase falls on or before the as-of date, the days are not
     *                                  strictly increasing or the arrays differ in length
     */
    public static RepeatSummary of(String customerKey, int[] purchaseEpochDays, double[] netPerPurchaseDay,
                                   int asOfEpochDay) {
        if (purchaseEpochDays.length != netPerPurchaseDay.length) {
            throw new IllegalArgumentException("one net amount per purchase day is needed: "
                    + purchaseEpochDays.length + " days, " + netPerPurchaseDay.length + " amounts");
        }
        int seen = 0;
        double repeatTotal = 0;
        for (int i = 0; i < purchaseEpochDays.length && purchaseEpochDays[i] <= asOfEpochDay; i++) {
            if (i > 0 && purchaseEpochDays[i] <= purchaseEpochDays[i - 1]) {
                throw new IllegalArgumentException("purchase days must be distinct and sorted: " + customerKey);
            }
            if (i > 0) {
                repeatTotal += netPerPurchaseDay[i];
            }
            seen++;
        }
        if (seen == 0) {
            throw new IllegalArgumentException("no purchase on or before the as-of date: " + customerKey);
        }
        int first = purchaseEpochDays[0];
        int repeats = seen - 1;
        double mean = repeats == 0 ? Double.NaN : repeatTotal / repeats;
        return new RepeatSummary(customerKey, repeats, purchaseEpochDays[seen - 1] - first, asOfEpochDay - first, mean);
    }
}
