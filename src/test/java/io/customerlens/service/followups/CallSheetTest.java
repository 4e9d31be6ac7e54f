package io.customerlens.service.followups;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.ListDocument;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The printed call sheet ({@link PrintedLists#callSheet}) over {@link FollowUpFixture} on Monday 2024-07-01:
 * the pending tasks due today or overdue, overdue first, nothing snoozed, later, done or cancelled.
 */
@OnEveryStore
class CallSheetTest {

    @Parameter
    TestStore store;

    @TempDir
    Path temp;
    private FollowUpFixture fixture;
    private FollowUpService service;
    private PrintedLists lists;

    @BeforeEach
    void open() throws IOException {
        fixture = new FollowUpFixture(store, temp);
        service = fixture.service;
        lists = new PrintedLists(new LapseService(fixture.database, RankingSelector.DEFAULT),
                new SegmentService(fixture.database), service);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** F001 overdue since 06-28, F005 due today; F002 snoozed to 07-03, F003 moved to 07-10, F004 cancelled. */
    @Test
    void listsTheOverdueThenTodaysPendingTasks() {
        service.generate(GenerationOptions.defaults());
        service.reschedule(List.of(idOf("F001")), LocalDate.of(2024, 6, 28));
        service.snooze(idOf("F002"), LocalDate.of(2024, 7, 3));
        service.reschedule(List.of(idOf("F003")), LocalDate.of(2024, 7, 10));
        service.cancel(idOf("F004"));

        ListDocument sheet = lists.callSheet(MessageBundle.forLocale(Locale.ROOT), LapseWindow.DEFAULT);

        assertThat(sheet.asOf()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(sheet.rows()).extracting(row -> row.get(0), row -> row.get(1).lines().toList().getLast(),
                        row -> row.get(4))
                .containsExactly(tuple("1", "F001", "2024-06-28"),
                        tuple("2", "F005", "2024-07-01"));
    }

    private long idOf(String customerKey) {
        return service.tasks().stream().filter(task -> task.customerKey().equals(customerKey)).findFirst()
                .orElseThrow().id();
    }
}
