package io.customerlens.ui.lapse;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.ui.FakeLapseService;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.lapse.timeline.TimelineCell.CellKind;
import io.customerlens.ui.lapse.timeline.TimelineModel;
import io.customerlens.analysis.lapse.StartOfData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.customerlens.ui.FakeLapseService.history;
import static io.customerlens.ui.FakeLapseService.info;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * As of 2024-06-15: A bought every month Jan–Jun (idle 0); B last bought 2024-02-10 (idle 4: lapsed
 * for N = 3, not for N = 6); C last bought 2023-11-05 (idle 7: lapsed for 3 and 6, not for 12).
 */
class LapseViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeLapseService service = new FakeLapseService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<String> opened = new ArrayList<>();
    private LapseViewModel viewModel;

    @BeforeEach
    void storeWithThreeCustomers() {
        service.answer(new LapseData(AS_OF, AS_OF.minusMonths(1), false, List.of(
                history("A", LocalDate.of(2024, 1, 3), LocalDate.of(2024, 2, 3), LocalDate.of(2024, 3, 3),
                        LocalDate.of(2024, 4, 3), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 6, 3)),
                history("B", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 10)),
                history("C", LocalDate.of(2023, 10, 5), LocalDate.of(2023, 11, 5))),
                Map.of("A", info("A", "华联超市", "超市", "华东", "KA", "王芳"),
                        "B", info("B", "永辉便利店", "便利店", "华南", "便利", "李强"),
                        "C", info("C", "红旗烟酒", "便利店", "华东", "便利", "李强"))));
        viewModel = new LapseViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, storeChanges, opened::add);
        viewModel.refresh();
    }

    @Test
    void listsLapsedCustomersForTheDefaultWindowOfThreeMonths() {
        assertThat(keys()).containsExactlyInAnyOrder("B", "C");
        assertThat(viewModel.summaryProperty().get())
                .isEqualTo("As of 2024-06-15, window 3 months: 3 customers, 2 lapsed, 0 at risk");
        // Three customers teach no chance of no order: the list is longest silent first, and says why.
        assertThat(viewModel.rankingTextProperty().get()).startsWith("Sorted by longest silent first: the data covers too little time");
        assertThat(viewModel.defaultSortColumn()).isEqualTo("daysSinceLast");
        assertThat(viewModel.chanceColumnsShownProperty().get()).as("no chance: its three columns would be blank")
                .isFalse();
    }

    /*
     * N changed to 1: the page shows the new counts from a quick job, says the chance is being learned, and only
     * the job after it learns (the window's jobs held here and run one at a time, as the app's one worker does).
     */
    @Test
    void aNewWindowShowsItsCountsFirstAndItsChanceOnceLearned() {
        HeldRunner held = new HeldRunner();
        LapseViewModel page = new LapseViewModel(service, TestAnalysis.choices(), held, messages, storeChanges,
                opened::add);
        page.refresh();
        held.runAll();

        page.windowMonthsProperty().set(1);
        held.runNext();

        assertThat(page.summaryProperty().get())
                .isEqualTo("As of 2024-06-15, window 1 months: 3 customers, 2 lapsed, 0 at risk");
        assertThat(page.rankingTextProperty().get()).startsWith("The counts are ready; the chance of no order in "
                + "the next 1 months is being learned");
        assertThat(page.reportProperty().get().chancePending()).isTrue();
        assertThat(service.analysedWindows()).doesNotContain(1);
        assertThat(held.waiting()).isEqualTo(1);

        held.runAll();

        assertThat(service.analysedWindows()).contains(1);
        assertThat(page.reportProperty().get().chancePending()).isFalse();
        assertThat(page.rankingTextProperty().get()).startsWith("Sorted by longest silent first");
    }

    /* N changed while the page's first read still waits: the page reads again with the new N, never shows the old. */
    @Test
    void aWindowChosenBeforeTheFirstReadEndsIsTheOneShown() {
        HeldRunner held = new HeldRunner();
        LapseViewModel page = new LapseViewModel(service, TestAnalysis.choices(), held, messages, storeChanges,
                opened::add);
        page.refresh();

        page.windowMonthsProperty().set(6);
        held.runAll();

        assertThat(page.summaryProperty().get()).startsWith("As of 2024-06-15, window 6 months:");
        assertThat(page.reportProperty().get().window().months()).isEqualTo(6);
    }

    /* Learning for N = 1 ends after N = 6 has been shown in full (it ran aside, beside the page's jobs): dropped. */
    @Test
    void learningThatEndsAfterTheWindowChangedAgainIsNotShown() {
        HeldRunner held = new HeldRunner();
        LapseViewModel page = new LapseViewModel(service, TestAnalysis.choices(), held, messages, storeChanges,
                opened::add);
        page.refresh();
        held.runAll();
        page.windowMonthsProperty().set(1);
        held.runNext(); // N = 1, counts only; its learning waits
        page.windowMonthsProperty().set(6);

        held.runLast(); // N = 6, counts only
        held.runLast(); // N = 6 learned
        held.runAll(); // N = 1 learned, late

        assertThat(page.reportProperty().get().window().months()).isEqualTo(6);
        assertThat(page.reportProperty().get().chancePending()).isFalse();
        assertThat(page.summaryProperty().get()).startsWith("As of 2024-06-15, window 6 months:");
    }

    /** Holds the jobs started and runs them one at a time, in order, on request. */
    private final class HeldRunner implements io.customerlens.ui.common.TaskRunner {
        private final SynchronousTaskRunner inner = new SynchronousTaskRunner(messages);
        private final java.util.ArrayDeque<io.customerlens.ui.common.Job<?>> jobs = new java.util.ArrayDeque<>();

        @Override
        public <T> void execute(io.customerlens.ui.common.Job<T> job) {
            jobs.add(job);
        }

        void runNext() {
            runOne(jobs.removeFirst());
        }

        /** Runs the newest job first, as a newer request in the other lane may be. */
        void runLast() {
            runOne(jobs.removeLast());
        }

        private <T> void runOne(io.customerlens.ui.common.Job<T> job) {
            inner.execute(job);
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                runNext();
            }
        }

        int waiting() {
            return jobs.size();
        }

        @Override
        public io.customerlens.ui.common.TaskStatus status() {
            return inner.status();
        }
    }

    /* The first purchase of anyone is in 2023-10 (C): with N = 3 the start of the data is 2023-10 … 2023-12. */
    @Test
    void theFirstNMonthsOfDataAreShownAsItsStart() {
        assertThat(viewModel.startOfDataProperty().get())
                .isEqualTo(new StartOfData(YearMonth.of(2023, 10), YearMonth.of(2023, 12)));
        assertThat(viewModel.startOfDataTextProperty().get()).startsWith("2023-10 – 2023-12 (shaded) is the start "
                + "of the data").contains("first 3 months");

        viewModel.windowMonthsProperty().set(6);

        assertThat(viewModel.startOfDataProperty().get().last()).isEqualTo(YearMonth.of(2024, 3));
    }

    @Test
    void switchingTheWindowRecomputesWithoutReadingTheStoreAgain() {
        viewModel.showProperty().set(LapseShow.LAPSED);

        viewModel.windowMonthsProperty().set(6);
        assertThat(keys()).containsExactly("C");
        assertThat(viewModel.timelineProperty().get().rowCount()).isEqualTo(1);

        viewModel.windowMonthsProperty().set(12);
        assertThat(keys()).isEmpty();
        assertThat(viewModel.timelineProperty().get().rowCount()).isZero();
        assertThat(service.loads()).isEqualTo(1);
    }

    @Test
    void aCustomerLongPastItsOwnCadenceButNotYetLapsedIsAtRisk() {
        // B's usual interval is about a month (31 days, blended with A's 30.5): 126 silent days are far
        // past due, but only 4 idle months, so with N = 6 it is at risk rather than lapsed.
        viewModel.windowMonthsProperty().set(6);

        assertThat(viewModel.rows()).extracting(row -> row.key() + ":" + row.lapse().risk())
                .containsExactlyInAnyOrder("B:AT_RISK", "C:LAPSED");
    }

    @Test
    void timelineMarksBoughtMonthsAndTheLapseOfEachListedCustomer() {
        viewModel.showProperty().set(LapseShow.ALL);
        TimelineModel timeline = viewModel.timelineProperty().get();
        int row = keys().indexOf("B");

        assertThat(timeline.rowCount()).isEqualTo(3);
        assertThat(timeline.lastMonth()).isEqualTo(12 * 2024 + 5);
        assertThat(timeline.firstMonth()).isEqualTo(12 * 2023 + 9); // C's first purchase, October 2023
        assertThat(timeline.cell(row, 12 * 2024 + 1).kind()).isEqualTo(CellKind.BOUGHT);
        // March to June 2024 is B's open gap of 4 months: a lapse for N = 3.
        assertThat(timeline.cell(row, 12 * 2024 + 2).kind()).isEqualTo(CellKind.LAPSE);
        assertThat(timeline.cell(row, 12 * 2024 + 2).gapMonths()).isEqualTo(4);
        assertThat(timeline.cell(row, 12 * 2023 + 9).kind()).isEqualTo(CellKind.OUTSIDE);
    }

    @Test
    void attributeFiltersNarrowTheList() {
        viewModel.choiceProperty(CustomerAttribute.REGION).set(new AttributeChoice("华东"));
        assertThat(keys()).containsExactly("C");

        viewModel.clearFilters();
        assertThat(keys()).containsExactlyInAnyOrder("B", "C");
    }

    @Test
    void showAllListsEveryCustomerWithItsStatus() {
        viewModel.showProperty().set(LapseShow.ALL);

        assertThat(viewModel.rows()).extracting(row -> row.lapse().risk())
                .containsExactlyInAnyOrder(RiskLevel.OK, RiskLevel.LAPSED, RiskLevel.LAPSED);
    }

    @Test
    void breakdownByTypeCountsLapsedCustomersPerValue() {
        viewModel.breakdownAttributeProperty().set(CustomerAttribute.TYPE);

        // 便利店: B and C, both lapsed; 超市: A, not lapsed.
        assertThat(viewModel.breakdownRows()).extracting(row -> row.value() + ":" + row.customers() + "/" + row.lapsed())
                .containsExactly("便利店:2/2", "超市:1/0");
    }

    @Test
    void openingARowOrTimelineRowOpensThatCustomer() {
        LapseRow first = viewModel.rows().getFirst();
        viewModel.open(first);
        viewModel.openTimelineRow(0);

        assertThat(opened).containsExactly(first.key(), first.key());
    }

    @Test
    void anImportReadsTheStoreAgain() {
        storeChanges.storeChanged();

        assertThat(service.loads()).isEqualTo(2);
    }

    private List<String> keys() {
        return viewModel.rows().stream().map(LapseRow::key).toList();
    }
}
