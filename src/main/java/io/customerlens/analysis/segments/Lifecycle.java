package io.customerlens.analysis.segments;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.lapse.RiskLevel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lifecycle stage per customer at the as-of date, read from the customer's lapse figures so that it
 * always agrees with the Lapse page (same history, window N and at-risk rule). The first rule that holds
 * wins:
 * <ol>
 * <li>LAPSED ⇔ lapsed (N) — the strongest signal, whatever came before;</li>
 * <li>AT_RISK ⇔ the lapse analysis says at risk — a warning must not hide behind a friendlier label, so a
 *     new or won-back customer already overdue shows AT_RISK;</li>
 * <li>WON_BACK ⇔ the latest win-back's return month is within the last N months (mi(A) − N + 1 … mi(A));</li>
 * <li>NEW ⇔ first purchase month ≥ mi(A) − newMonths + 1;</li>
 * <li>LOYAL ⇔ first purchase month ≤ mi(A) − 11 (a customer for the whole 12-month window) and a purchase
 *     in at least {@value #LOYAL_MIN_MONTHS} of the 12 calendar months mi(A) − 11 … mi(A);</li>
 * <li>ACTIVE otherwise.</li>
 * </ol>
 */
public final class Lifecycle {

    public static final int DEFAULT_NEW_MONTHS = 3;
    public static final int LOYAL_WINDOW = 12;
    public static final int LOYAL_MIN_MONTHS = 9;

    /**
     * The stage of {@code lines}' customer. Everything the rules need is in the lapse figures (built from the
     * same lines); the lines and date are taken to check that the two describe the same customer and day.
     */
    public LifecycleStage stageOf(CustomerLines lines, CustomerLapse lapse, LocalDate asOf, int newMonths) {
        if (!lines.customerKey().equals(lapse.customerKey()) || !asOf.equals(lapse.asOf())) {
            throw new IllegalArgumentException("lapse figures of " + lapse.customerKey() + " at " + lapse.asOf()
                    + " given for " + lines.customerKey() + " at " + asOf);
        }
        return stageOf(lapse, newMonths);
    }

    /** @param newMonths how many calendar months, the as-of month included, a customer stays NEW (≥ 1) */
    public LifecycleStage stageOf(CustomerLapse lapse, int newMonths) {
        if (newMonths < 1) {
            throw new IllegalArgumentException("a customer is new for at least 1 month, not " + newMonths);
        }
        int asOfMonth = MonthIndex.of(lapse.asOf());
        PurchaseHistory history = lapse.history();
        if (lapse.lapsed()) {
            return LifecycleStage.LAPSED;
        }
        if (lapse.risk() == RiskLevel.AT_RISK) {
            return LifecycleStage.AT_RISK;
        }
        if (wonBackRecently(lapse, asOfMonth)) {
            return LifecycleStage.WON_BACK;
        }
        if (history.firstMonth() >= asOfMonth - newMonths + 1) {
            return LifecycleStage.NEW;
        }
        return loyal(history, asOfMonth) ? LifecycleStage.LOYAL : LifecycleStage.ACTIVE;
    }

    /** Each customer's stage, keyed by customer, in the order of {@code lapses}. */
    public Map<String, LifecycleStage> stages(List<CustomerLapse> lapses, int newMonths) {
        Map<String, LifecycleStage> stages = new LinkedHashMap<>();
        lapses.forEach(lapse -> stages.put(lapse.customerKey(), stageOf(lapse, newMonths)));
        return stages;
    }

    /** Customers per stage: all six stages, in the enum's order, empty ones with 0. */
    public static List<LifecycleCount> count(Collection<LifecycleStage> stages) {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        stages.forEach(stage -> counts.merge(stage, 1L, Long::sum));
        return Arrays.stream(LifecycleStage.values())
                .map(stage -> new LifecycleCount(stage, counts.getOrDefault(stage, 0L)))
                .toList();
    }

    private static boolean wonBackRecently(CustomerLapse lapse, int asOfMonth) {
        List<Gap> winBacks = lapse.winBacks();
        if (winBacks.isEmpty()) {
            return false;
        }
        int returnMonth = winBacks.getLast().returnMonth().orElseThrow();
        return returnMonth >= asOfMonth - lapse.window().months() + 1;
    }

    private static boolean loyal(PurchaseHistory history, int asOfMonth) {
        int from = asOfMonth - LOYAL_WINDOW + 1;
        if (history.firstMonth() > from) {
            return false;
        }
        int months = 0;
        for (int month = from; month <= asOfMonth; month++) {
            months += history.boughtIn(month) ? 1 : 0;
        }
        return months >= LOYAL_MIN_MONTHS;
    }
}
