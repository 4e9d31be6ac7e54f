package io.customerlens.analysis.lapse;

import java.time.LocalDate;

/**
 * A backtest of the risk ranking against plain recency.
 *
 * @param population customers with a purchase in the 12 months up to the cut-off
 * @param lapsed     of those, customers with no purchase in the horizon after the cut-off
 * @param topK       K as used (the requested K, at most the population)
 * @param ranking    the risk ranking the app chose from the lines up to the cut-off
 */
public record BacktestResult(LocalDate cutoff, int horizonMonths, int topK, long population, long lapsed,
                             RiskRanking ranking, RankingQuality risk, RankingQuality recency) {
}
