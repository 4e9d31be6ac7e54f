package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Lapse figures, cadence and risk of every customer at the as-of date. Pure: the histories come in,
 * the figures go out.
 * <p>
 * At risk (docs/definitions.md): not lapsed (N), and past the due date of its own cadence by at least
 * half a typical interval and at least {@value #MIN_DAYS_LATE} days; i.e. silent for over 1.5 × its
 * usual interval.
 */
public final class LapseAnalysis {

    public static final int MIN_DAYS_LATE = 7;
    public static final double LATE_SHARE_OF_INTERVAL = 0.5;

    private final CadenceEstimator cadenceEstimator = new CadenceEstimator();

    /**
     * @param histories every customer's history as of {@code asOf} ({@link PurchaseHistories#asOf})
     * @param groupOf   the group of similar customers whose cadence a customer with few purchases borrows
     * @param fit       the risk ranking, fitted here to the histories, that scores each customer's risk of
     *                  buying nothing over the next N months
     * @return one entry per history, in the histories' order, and the fitted ranking
     */
    public Result customers(List<PurchaseHistory> histories, Function<String, String> groupOf,
                            LocalDate asOf, LapseWindow window, RankingFit fit) {
        Map<String, Cadence> cadences = cadenceEstimator.estimate(histories, groupOf);
        RiskRanking ranking = fit.fit(histories, cadences, asOf);
        int asOfMonth = MonthIndex.of(asOf);
        long horizonDays = ChronoUnit.DAYS.between(asOf, asOf.plusMonths(window.months()));
        List<CustomerLapse> customers = histories.stream().map(history -> {
            Cadence cadence = cadences.getOrDefault(history.customerKey(), Cadence.UNKNOWN);
            List<Gap> gaps = Gaps.of(history, asOfMonth);
            long daysSince = ChronoUnit.DAYS.between(history.lastPurchase(), asOf);
            double score = ranking.score(daysSince, cadence.typicalDays(), horizonDays);
            CustomerLapse draft = new CustomerLapse(history, asOf, window, gaps, cadence, RiskLevel.OK, score);
            return new CustomerLapse(history, asOf, window, gaps, cadence, riskOf(draft), score);
        }).toList();
        return new Result(customers, ranking);
    }

    /** The customers' figures and the ranking that scored them. */
    public record Result(List<CustomerLapse> customers, RiskRanking ranking) {
    }

    static RiskLevel riskOf(CustomerLapse customer) {
        if (customer.lapsed()) {
            return RiskLevel.LAPSED;
        }
        OptionalLong overdue = customer.overdueDays();
        if (overdue.isEmpty()) {
            return RiskLevel.OK;
        }
        double tolerance = Math.max(MIN_DAYS_LATE, LATE_SHARE_OF_INTERVAL * customer.cadence().typicalDays());
        return overdue.getAsLong() >= tolerance ? RiskLevel.AT_RISK : RiskLevel.OK;
    }
}
