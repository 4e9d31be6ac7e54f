package io.customerlens.analysis.lapse;

/** Plain days since the last purchase: the baseline every risk ranking is compared with. */
public record RecencyRanking() implements RiskRanking {

    @Override
    public double score(long daysSinceLast, Double typicalDays, long horizonDays) {
        return daysSinceLast;
    }

    @Override
    public String name() {
        return "recency";
    }
}
