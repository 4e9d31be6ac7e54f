package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * The thresholds in force.
 *
 * @param shareSales    high share ⇔ current sales ≥ this; null when automatic and no unit sold anything
 * @param growth        high growth ⇔ growth ≥ this (0.1 = 10 %); null when automatic and total previous sales
 *                      are ≤ 0 (then only new units are high growth)
 * @param shareLine     shareSales on the relative-share axis (shareSales / mean); null without a mean
 * @param shareByHand   the share threshold was set by hand
 * @param growthByHand  the growth threshold was set by hand
 */
public record BcgThresholds(BigDecimal shareSales, BigDecimal growth, BigDecimal shareLine, boolean shareByHand,
                            boolean growthByHand) {
}
