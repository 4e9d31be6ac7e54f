package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What a customer's lines up to a cut-off say, in the units a salesperson reads (days, orders, money): the raw
 * material of the model's features ({@link FeatureSpace}) and of the reasons shown for a risk
 * ({@link RiskReasons}). Only lines on or before the cut-off are read (docs/definitions.md, "Lapse-risk model").
 *
 * @param daysSinceLast   days from the last purchase to the cut-off
 * @param purchaseDays    distinct purchase days, all history
 * @param purchaseDays12  distinct purchase days in the 365 days up to the cut-off
 * @param orders          orders, all history (an order is an order number, else a purchase day)
 * @param orders12        orders with a purchase in the 365 days up to the cut-off
 * @param ordersLast6     orders with a purchase in the last 182 days
 * @param ordersPrevious6 orders with a purchase in the 183 days before those
 * @param tenureDays      days from the first purchase to the cut-off
 * @param typicalInterval the median of the last {@value #RECENT_INTERVALS} intervals between purchase days; NaN
 *                        with a single purchase day
 * @param intervalSpread  their coefficient of variation (standard deviation ÷ mean); 0 with fewer than two
 * @param net12           net amount of the 365 days (returns included)
 * @param netLast6        net amount of the last 182 days
 * @param netPrevious6    net amount of the 183 days before those
 * @param purchased12     purchase amount of the 365 days (returns not subtracted)
 * @param returned12      returned amount of the 365 days, as a positive number
 * @param averageOrder    purchase amount per order, all history
 * @param products6       distinct products bought in the last 182 days
 * @param categories6     distinct product categories bought in the last 182 days
 * @param monthsActive12  calendar months with a purchase among the cut-off's month and the 11 before it
 * @param calendarMonth   the cut-off's month, 1–12
 */
public record TrackFacts(int daysSinceLast, int purchaseDays, int purchaseDays12, int orders, int orders12,
                         int ordersLast6, int ordersPrevious6, int tenureDays, double typicalInterval,
                         double intervalSpread, double net12, double netLast6, double netPrevious6,
                         double purchased12, double returned12, double averageOrder, int products6, int categories6,
                         int monthsActive12, int calendarMonth) {

    public static final int YEAR_DAYS = 365;
    public static final int HALF_YEAR_DAYS = 182;
    public static final int RECENT_INTERVALS = 10;

    /** The facts of {@code track} at {@code cutoff}; null when the customer had not bought by then. */
    public static TrackFacts at(CustomerTrack track, LocalDate cutoff) {
        int day = Math.toIntExact(cutoff.toEpochDay());
        int purchaseDays = track.purchaseDaysUpTo(day);
        if (purchaseDays == 0) {
            return null;
        }
        int first = track.purchaseDay(0);
        int last = track.purchaseDay(purchaseDays - 1);
        int yearStart = day - YEAR_DAYS;
        int halfStart = day - HALF_YEAR_DAYS;
        int purchaseDays12 = purchaseDays - track.purchaseDaysUpTo(yearStart);
        double[] intervals = recentIntervals(track, purchaseDays);

        int lines = track.linesUpTo(day);
        int fromLine = track.linesUpTo(yearStart);
        BitSet orders12 = new BitSet();
        BitSet ordersLast6 = new BitSet();
        BitSet ordersPrevious6 = new BitSet();
        BitSet products6 = new BitSet();
        BitSet categories6 = new BitSet();
        BitSet months = new BitSet();
        int cutoffMonth = CustomerTrack.monthIndex(day);
        double net12 = 0;
        double netLast6 = 0;
        double purchased12 = 0;
        double returned12 = 0;
        for (int line = fromLine; line < lines; line++) {
            int lineDay = track.day(line);
            double amount = track.amount(line);
            boolean recent = lineDay > halfStart;
            net12 += amount;
            netLast6 += recent ? amount : 0;
            if (!track.isPurchase(line)) {
                returned12 += amount < 0 ? -amount : 0;
                continue;
            }
            purchased12 += amount;
            int order = track.order(line);
            orders12.set(order);
            (recent ? ordersLast6 : ordersPrevious6).set(order);
            int ago = cutoffMonth - track.month(line);
            if (ago < 12) {
                months.set(ago);
            }
            if (recent && track.product(line) != CustomerTrack.NONE) {
                products6.set(track.product(line));
            }
            if (recent && track.category(line) != CustomerTrack.NONE) {
                categories6.set(track.category(line));
            }
        }
        return new TrackFacts(day - last, purchaseDays, purchaseDays12, track.ordersUpTo(day),
                orders12.cardinality(), ordersLast6.cardinality(), ordersPrevious6.cardinality(), day - first,
                median(intervals), spread(intervals), net12, netLast6, net12 - netLast6, purchased12, returned12,
                track.purchasedUpTo(lines) / Math.max(1, track.ordersUpTo(day)),
                products6.cardinality(), categories6.cardinality(), months.cardinality(),
                cutoff.getMonthValue());
    }

    /** Silent days as a multiple of the customer's own interval; NaN without one. */
    public double silenceRatio() {
        return Double.isNaN(typicalInterval) ? Double.NaN : daysSinceLast / Math.max(1.0, typicalInterval);
    }

    /** Returned amount as a share of the purchased amount of the 365 days, 0 to 1. */
    public double returnShare() {
        return purchased12 <= 0 ? 0 : Math.min(1.0, returned12 / purchased12);
    }

    private static double[] recentIntervals(CustomerTrack track, int purchaseDays) {
        int count = Math.min(RECENT_INTERVALS, purchaseDays - 1);
        double[] intervals = new double[Math.max(0, count)];
        for (int i = 0; i < intervals.length; i++) {
            int later = purchaseDays - 1 - i;
            intervals[i] = track.purchaseDay(later) - track.purchaseDay(later - 1);
        }
        return intervals;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double spread(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
        return mean <= 0 ? 0 : Math.sqrt(squares / values.length) / mean;
    }
}
