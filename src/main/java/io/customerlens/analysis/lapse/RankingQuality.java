package io.customerlens.analysis.lapse;

/**
 * How well a ranking put the customers who then bought nothing first.
 *
 * @param auc           ROC AUC: the chance that a customer who lapsed is ranked above one who did
 *                      not (ties count half); NaN when either group is empty
 * @param precisionAtK  the share of lapsed customers among the top K; customers tied at the K-th
 *                      place share the remaining places in proportion
 */
public record RankingQuality(double auc, double precisionAtK) {
}
