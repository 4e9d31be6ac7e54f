package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpTask;

import java.util.Optional;

/** The task marked done with its outcome, and the task chained from it if one was asked for. */
public record Completion(FollowUpTask done, Optional<FollowUpTask> chained) {
}
