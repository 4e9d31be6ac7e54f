package io.customerlens.analysis.followups;

import io.customerlens.analysis.lapse.RiskLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What task generation needs to know of one customer.
 *
 * @param overdueDays   days past its cadence's due date; null without a cadence
 * @param keyAccount    strategic or key tier
 * @param orders        orders on or before the as-of date
 * @param valueAtStake  {@code CustomerLapse.monthlyAmountAtStake()}
 * @param lastContact   the latest day the customer was contacted through a task; null when never
 */
public record CustomerStanding(String customerKey, RiskLevel risk, int idleMonths, Long overdueDays, boolean keyAccount,
                               long orders, LocalDate firstPurchase, BigDecimal valueAtStake, LocalDate lastContact) {

    public CustomerStanding {
        Objects.requireNonNull(customerKey, "customerKey");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(valueAtStake, "valueAtStake");
    }
}
