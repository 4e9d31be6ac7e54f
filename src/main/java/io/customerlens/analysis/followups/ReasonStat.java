package io.customerlens.analysis.followups;

import io.customerlens.domain.OutcomeReason;

import java.math.BigDecimal;

/**
 * Why customers stopped: customers whose latest outcome with a reason code has this code, and the sum of
 * the value at stake of those tasks.
 */
public record ReasonStat(OutcomeReason reason, long customers, BigDecimal lostAmount) {
}
