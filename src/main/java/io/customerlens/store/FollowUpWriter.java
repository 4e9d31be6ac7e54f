package io.customerlens.store;

import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/** Reads and writes of follow-up tasks inside the one transaction {@link FollowUpStore#inTransaction} opened. */
public final class FollowUpWriter {

    private final FollowUpRepository tasks;

    FollowUpWriter(Handle handle) {
        this.tasks = handle.attach(FollowUpRepository.class);
    }

    public List<FollowUpTask> all() {
        return tasks.findAll();
    }

    /** @throws NoSuchElementException when no task has the id */
    public FollowUpTask get(long id) {
        return tasks.find(id).orElseThrow(() -> new NoSuchElementException("no follow-up task " + id));
    }

    public FollowUpTask insert(FollowUpDraft draft, Instant created) {
        return get(tasks.insert(draft, created));
    }

    public void setStatus(long id, FollowUpStatus status, LocalDate snoozedUntil, Instant completed) {
        requireUpdated(id, tasks.updateStatus(id, status, snoozedUntil, completed));
    }

    public void setDue(long id, LocalDate due) {
        requireUpdated(id, tasks.updateDue(id, due));
    }

    public void setNotes(long id, String notes) {
        requireUpdated(id, tasks.updateNotes(id, notes));
    }

    public void saveOutcome(long id, FollowUpOutcome outcome) {
        tasks.saveOutcome(id, outcome);
    }

    public void deleteOutcome(long id) {
        tasks.deleteOutcome(id);
    }

    private static void requireUpdated(long id, int rows) {
        if (rows == 0) {
            throw new NoSuchElementException("no follow-up task " + id);
        }
    }
}
