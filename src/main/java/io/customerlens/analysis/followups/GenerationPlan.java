package io.customerlens.analysis.followups;

import java.time.LocalDate;
import java.util.List;

/**
 * What generation would create, shown before anything is stored.
 *
 * @param asOf         the as-of date of the sales data the plan was made from; null for an empty store
 * @param tasks        by rank
 * @param alreadyOpen  candidates skipped because their customer already has an open or snoozed task
 * @param leftForLater candidates that did not fit in the horizon's capacity
 */
public record GenerationPlan(LocalDate today, LocalDate asOf, GenerationOptions options, List<PlannedTask> tasks,
                             int alreadyOpen, int leftForLater) {

    public GenerationPlan {
        tasks = List.copyOf(tasks);
    }

    public boolean isEmpty() {
        return tasks.isEmpty();
    }
}
