package io.customerlens.analysis.card;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product the customer bought regularly and stopped buying (docs/definitions.md, "Customer card").
 *
 * @param monthsBought distinct months with a purchase of it in the 12 months before the last N
 * @param netBefore    its net amount in those 12 months
 * @param lastPurchase its latest purchase day
 */
public record StoppedProduct(String key, String name, String category, int monthsBought, BigDecimal netBefore,
                             LocalDate lastPurchase) {
}
