package io.customerlens.report;

import io.customerlens.domain.FollowUpTask;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The follow-up task workbook: one row per task, codes (not translations) in the header and in the reason,
 * channel, status and reason-code columns, so the same file can be edited on a phone and imported back
 * ({@link TaskSheetReader}). The editable columns are status, due, snoozed_until, reached, reason_code,
 * promised_date, contacted_on, notes and outcome_notes; the others are for reading.
 */
public final class TaskSheet {

    public static final String SHEET_NAME = "tasks";
    public static final String TASK_ID = "task_id";
    public static final String STATUS = "status";
    public static final String DUE = "due";
    public static final String SNOOZED_UNTIL = "snoozed_until";
    public static final String REACHED = "reached";
    public static final String REASON_CODE = "reason_code";
    public static final String PROMISED_DATE = "promised_date";
    public static final String CONTACTED_ON = "contacted_on";
    public static final String NOTES = "notes";
    public static final String OUTCOME_NOTES = "outcome_notes";

    public static final List<String> HEADER = List.of(TASK_ID, "customer_key", "customer_name", "reason", "detail",
            "channel", DUE, "priority", STATUS, SNOOZED_UNTIL, "value_at_stake", REACHED, REASON_CODE, PROMISED_DATE,
            CONTACTED_ON, NOTES, OUTCOME_NOTES);

    /** The columns import reads; the sheet must have each of them. */
    static final List<String> EDITABLE = List.of(TASK_ID, STATUS, DUE, SNOOZED_UNTIL, REACHED, REASON_CODE,
            PROMISED_DATE, CONTACTED_ON, NOTES, OUTCOME_NOTES);

    /** @param names customer names by key; a customer without one shows a blank name */
    public void write(Path file, List<FollowUpTask> tasks, Map<String, String> names) throws IOException {
        List<List<?>> rows = new ArrayList<>(tasks.size());
        for (FollowUpTask task : tasks) {
            var outcome = task.outcome();
            List<Object> row = new ArrayList<>(HEADER.size());
            row.add(task.id());
            row.add(task.customerKey());
            row.add(names.get(task.customerKey()));
            row.add(task.reason().name());
            row.add(task.detail());
            row.add(task.channel().name());
            row.add(task.due());
            row.add(task.priority());
            row.add(task.status().name());
            row.add(task.snoozedUntil());
            row.add(task.valueAtStake());
            row.add(outcome == null ? null : outcome.reached());
            row.add(outcome == null || outcome.reason() == null ? null : outcome.reason().name());
            row.add(outcome == null ? null : outcome.promisedDate());
            row.add(outcome == null ? null : outcome.contactedOn());
            row.add(task.notes());
            row.add(outcome == null ? null : outcome.notes());
            rows.add(row);
        }
        new TableWorkbook().write(SHEET_NAME, HEADER, rows, file);
    }
}
