package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.store.FollowUpWriter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the tasks of a {@link BulkTaskRequest} inside the caller's transaction. A customer who already has an
 * open or snoozed task of any reason is skipped, as task generation does (one open task per customer). Each
 * task carries its customer's monthly amount at stake, like a task made by hand.
 */
final class BulkTaskPlanner {

    BulkTaskResult create(FollowUpWriter writer, LapseData data, BulkTaskRequest request, Instant now) {
        Set<String> pending = new HashSet<>();
        for (FollowUpTask task : writer.all()) {
            if (task.status().isPending()) {
                pending.add(task.customerKey());
            }
        }
        Set<String> customers = new LinkedHashSet<>(request.customerKeys());
        Map<String, BigDecimal> values = ManualValue.of(data, customers);
        List<FollowUpTask> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String customer : customers) {
            if (!pending.add(customer)) {
                skipped.add(customer);
                continue;
            }
            created.add(writer.insert(new FollowUpDraft(customer, request.reason(), null, request.channel(),
                    request.due(), request.priority(), values.getOrDefault(customer, BigDecimal.ZERO),
                    blankToNull(request.notes()), null, data.asOf()), now));
        }
        return new BulkTaskResult(created, skipped);
    }

    private static String blankToNull(String notes) {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }
}
