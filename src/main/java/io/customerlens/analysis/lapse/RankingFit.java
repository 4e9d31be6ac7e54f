package io.customerlens.analysis.lapse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A candidate risk ranking, fitted to the purchases known at a date. */
public sealed interface RankingFit {

    /** @param known histories up to {@code asOf}; {@code cadences} estimated from them */
    RiskRanking fit(List<PurchaseHistory> known, Map<String, Cadence> cadences, LocalDate asOf);

    /** A ranking that needs no fitting. */
    record Fixed(RiskRanking ranking) implements RankingFit {
        @Override
        public RiskRanking fit(List<PurchaseHistory> known, Map<String, Cadence> cadences, LocalDate asOf) {
            return ranking;
        }
    }

    /** A {@link SurvivalRanking} over every finished interval and every open silence at the date. */
    record Survival(boolean perCustomerScale) implements RankingFit {
        @Override
        public RiskRanking fit(List<PurchaseHistory> known, Map<String, Cadence> cadences, LocalDate asOf) {
            List<Double> events = new ArrayList<>();
            double[] censored = new double[known.size()];
            for (int i = 0; i < known.size(); i++) {
                PurchaseHistory history = known.get(i);
                Double typical = cadences.getOrDefault(history.customerKey(), Cadence.UNKNOWN).typicalDays();
                double scale = perCustomerScale && typical != null ? Math.max(1.0, typical) : 1.0;
                for (double interval : CadenceEstimator.intervals(history.purchaseDays())) {
                    events.add(interval / scale);
                }
                censored[i] = ChronoUnit.DAYS.between(history.lastPurchase(), asOf) / scale;
            }
            double[] eventTimes = events.stream().mapToDouble(Double::doubleValue).toArray();
            return new SurvivalRanking(SurvivalCurve.fit(eventTimes, censored), perCustomerScale);
        }
    }
}
