package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.report.TaskSheet;
import io.customerlens.report.TaskSheetEdit;
import io.customerlens.report.TaskSheetException;
import io.customerlens.report.TaskSheetException.Problem;
import io.customerlens.store.FollowUpWriter;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Applies the rows of a task sheet inside one transaction: every row is checked before anything is written,
 * and the first bad one throws, so a bad file changes nothing.
 * <ul>
 *   <li>status and due are required; a snoozed row needs snoozed_until; a done row needs reached, and a blank
 *       contacted_on is taken as today;</li>
 *   <li>an open or cancelled row keeps no outcome (the outcome columns are ignored, a stored outcome removed);</li>
 *   <li>a task that becomes done or cancelled is stamped now; one that stays so keeps its time.</li>
 * </ul>
 */
final class SheetUpdates {

    private final Path file;
    private final LocalDate today;
    private final Instant now;

    SheetUpdates(Path file, LocalDate today, Instant now) {
        this.file = file;
        this.today = today;
        this.now = now;
    }

    SheetImport apply(FollowUpWriter writer, List<TaskSheetEdit> edits) throws TaskSheetException {
        List<FollowUpTask> changed = new ArrayList<>();
        for (TaskSheetEdit edit : edits) {
            FollowUpTask stored = stored(writer, edit);
            FollowUpTask updated = updated(stored, edit);
            if (!updated.equals(stored)) {
                changed.add(updated);
            }
        }
        for (FollowUpTask task : changed) {
            writer.setStatus(task.id(), task.status(), task.snoozedUntil(), task.completed());
            writer.setDue(task.id(), task.due());
            writer.setNotes(task.id(), task.notes());
            if (task.outcome() == null) {
                writer.deleteOutcome(task.id());
            } else {
                writer.saveOutcome(task.id(), task.outcome());
            }
        }
        return new SheetImport(changed.size(), edits.size() - changed.size());
    }

    private FollowUpTask stored(FollowUpWriter writer, TaskSheetEdit edit) throws TaskSheetException {
        try {
            return writer.get(edit.taskId());
        } catch (NoSuchElementException e) {
            throw new TaskSheetException(file, edit.row(), TaskSheet.TASK_ID, String.valueOf(edit.taskId()),
                    Problem.UNKNOWN_TASK);
        }
    }

    private FollowUpTask updated(FollowUpTask stored, TaskSheetEdit edit) throws TaskSheetException {
        FollowUpStatus status = required(edit, TaskSheet.STATUS, edit.status());
        LocalDate due = required(edit, TaskSheet.DUE, edit.due());
        LocalDate snoozedUntil = status == FollowUpStatus.SNOOZED
                ? required(edit, TaskSheet.SNOOZED_UNTIL, edit.snoozedUntil()) : null;
        FollowUpOutcome outcome = null;
        if (status == FollowUpStatus.DONE) {
            boolean reached = required(edit, TaskSheet.REACHED, edit.reached());
            LocalDate contacted = edit.contactedOn() == null ? today : edit.contactedOn();
            outcome = new FollowUpOutcome(reached, edit.reasonCode(), edit.promisedDate(), contacted, edit.outcomeNotes());
        }
        Instant completed = status.isPending() ? null
                : status == stored.status() && stored.completed() != null ? stored.completed() : now;
        return new FollowUpTask(stored.id(), stored.customerKey(), stored.reason(), stored.detail(), stored.channel(),
                due, stored.priority(), status, snoozedUntil, stored.created(), completed, stored.valueAtStake(),
                edit.notes(), stored.parentId(), stored.basisAsOf(), outcome);
    }

    private <T> T required(TaskSheetEdit edit, String column, T value) throws TaskSheetException {
        if (value == null) {
            throw new TaskSheetException(file, edit.row(), column, "", Problem.MISSING_VALUE);
        }
        return value;
    }
}
