package io.customerlens.analysis.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task generation would create.
 *
 * @param rank     1 = most value at stake
 * @param detail   the figure behind the reason (see {@link FollowUpReason}); null when none
 * @param priority 1 (high) … 3 (low), from the rank
 */
public record PlannedTask(int rank, String customerKey, FollowUpReason reason, Integer detail, FollowUpChannel channel,
                          LocalDate due, int priority, BigDecimal valueAtStake) {
}
