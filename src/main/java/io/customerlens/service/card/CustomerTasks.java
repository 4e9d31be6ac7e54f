package io.customerlens.service.card;

import io.customerlens.domain.FollowUpTask;

import java.util.List;

/**
 * The seam to the follow-up module: a customer's follow-up history and open tasks, newest first
 * (AppContext passes {@code FollowUpService::historyOf}). {@link #NONE} where no follow-ups are kept.
 */
@FunctionalInterface
public interface CustomerTasks {

    CustomerTasks NONE = customerKey -> List.of();

    List<FollowUpTask> of(String customerKey);
}
