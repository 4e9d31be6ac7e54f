package io.customerlens.ui.backtest;

/**
 * One ranking in the comparison table: its name in words, whether it is the list the app showed, and how well it
 * put the customers who then bought nothing first. Figures are NaN where undefined (no model learned, nobody
 * lapsed).
 *
 * @param key          the ranking's stable name ({@code model}, {@code recency}, {@code survival_days} …)
 * @param name         the ranking in words
 * @param auc          ROC AUC
 * @param precisionAtK share of the lapsed among the top K
 * @param hits         how many of the top K bought nothing (ties share places, so may be fractional)
 */
public record BacktestRow(String key, String name, boolean shown, Double auc, Double precisionAtK, Double hits) {
}
