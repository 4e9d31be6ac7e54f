package io.customerlens.service.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFilterTest {

    /** A Wednesday; its week ends on Sunday 2024-07-07. */
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 3);

    @ParameterizedTest(name = "{0} due {1} (snoozed until {2}): {3}")
    @CsvSource(nullValues = "null", textBlock = """
            OPEN,      2024-07-02, null,       OVERDUE
            OPEN,      2024-07-03, null,       TODAY
            OPEN,      2024-07-07, null,       THIS_WEEK
            OPEN,      2024-07-08, null,       UPCOMING
            SNOOZED,   2024-07-01, 2024-07-03, TODAY
            SNOOZED,   2024-07-05, 2024-07-01, OVERDUE
            DONE,      2024-07-01, null,       DONE
            CANCELLED, 2024-07-01, null,       CANCELLED
            """)
    void eachTaskFallsInTheFiltersOfItsStatusAndEffectiveDueDate(FollowUpStatus status, LocalDate due,
                                                                 LocalDate snoozedUntil, TaskFilter expected) {
        FollowUpTask task = new FollowUpTask(1, "C1", FollowUpReason.MANUAL, null, FollowUpChannel.PHONE, due, 2, status,
                snoozedUntil, Instant.EPOCH, null, BigDecimal.ZERO, null, null, null, null);
        LocalDate effective = snoozedUntil == null ? due : snoozedUntil;
        boolean pending = status.isPending();

        assertThat(expected.accepts(task, TODAY)).isTrue();
        assertThat(TaskFilter.PENDING.accepts(task, TODAY)).isEqualTo(pending);
        assertThat(TaskFilter.THIS_WEEK.accepts(task, TODAY))
                .isEqualTo(pending && !effective.isBefore(TODAY) && !effective.isAfter(LocalDate.of(2024, 7, 7)));
        assertThat(TaskFilter.UPCOMING.accepts(task, TODAY)).isEqualTo(pending && effective.isAfter(TODAY));
        assertThat(TaskFilter.ALL.accepts(task, TODAY)).isTrue();
    }
}
