package io.customerlens.analysis.lapse;

/**
 * Risk as the chance of no purchase in the next H days given the silence so far, read off the
 * Kaplan–Meier curve of the data's own intervals: S(t + h) / S(t). With {@code perCustomerScale} the
 * times are measured in each customer's typical intervals, so a weekly shop silent for three weeks
 * and a quarterly dealer silent for nine months stand at the same place on one shared curve.
 * A silence longer than any interval that ever ended scores 1: nobody came back after that long.
 */
public record SurvivalRanking(SurvivalCurve curve, boolean perCustomerScale) implements RiskRanking {

    @Override
    public double score(long daysSinceLast, Double typicalDays, long horizonDays) {
        double scale = perCustomerScale && typicalDays != null ? Math.max(1.0, typicalDays) : 1.0;
        double silence = daysSinceLast / scale;
        double survived = curve.at(silence);
        return survived <= 0 ? 1.0 : curve.at(silence + horizonDays / scale) / survived;
    }

    @Override
    public String name() {
        return perCustomerScale ? "survival_cadence" : "survival_days";
    }
}
