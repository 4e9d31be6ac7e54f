package io.customerlens.analysis.followups;

import io.customerlens.domain.FollowUpReason;

/** The customer and reason of a pending task: generation never makes a second one. */
public record CustomerReason(String customerKey, FollowUpReason reason) {
}
