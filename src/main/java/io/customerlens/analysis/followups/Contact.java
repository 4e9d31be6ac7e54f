package io.customerlens.analysis.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.OutcomeReason;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A done task with its outcome, as the effect evaluation reads it.
 *
 * @param basisAsOf     the as-of date of the data the task was made from; null when unknown
 * @param winBackReason whether the task was for a lapsed or at-risk customer (only those are evaluated)
 * @param reasonCode    what the customer said; null when none
 * @param salesperson   the customer's salesperson; null when none
 */
public record Contact(long taskId, String customerKey, LocalDate contactedOn, LocalDate basisAsOf,
                      boolean winBackReason, FollowUpChannel channel, OutcomeReason reasonCode, String salesperson,
                      BigDecimal valueAtStake) {
}
