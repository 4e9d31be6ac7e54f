package io.customerlens.analysis.segments;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseAnalysis;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.lapse.RankingFit;
import io.customerlens.analysis.lapse.RecencyRanking;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.segments.SegmentLines.day;
import static io.customerlens.analysis.segments.SegmentLines.lines;
import static io.customerlens.analysis.segments.LifecycleStage.ACTIVE;
import static io.customerlens.analysis.segments.LifecycleStage.AT_RISK;
import static io.customerlens.analysis.segments.LifecycleStage.LAPSED;
import static io.customerlens.analysis.segments.LifecycleStage.LOYAL;
import static io.customerlens.analysis.segments.LifecycleStage.NEW;
import static io.customerlens.analysis.segments.LifecycleStage.WON_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lifecycle stages from the real lapse analysis, one rule and one precedence at a time. */
class LifecycleTest {

    /** mi(A) = Dec 2024. Non-risk rows buy last on 2024-12-15: 5 days before A can never be 7 days overdue. */
    private static final LocalDate A = day("2024-12-20");
    private final Lifecycle lifecycle = new Lifecycle();

    private static List<CustomerLapse> lapses(List<LineFact> lines, int window) {
        return new LapseAnalysis().customers(PurchaseHistories.asOf(lines, A), key -> null, A, new LapseWindow(window),
                new RankingFit.Fixed(new RecencyRanking())).customers();
    }

    /*
     * Purchases: "2024-05" = 2024-05-15, a full date that day. A = 2024-12-20, mi(A) = Dec 2024.
     */
    @ParameterizedTest(name = "[{index}] {0} (N {1}, new {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // idle Dec − Sep = 3 ≥ 3: lapsed — although Jan–Sep would make it loyal
            "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 | 3 | 3 | LAPSED",
            // the same with N 4: 3 < 4, not lapsed; intervals 31 29 31 30 31 30 31 31 → median 31, due Oct 16,
            // 65 days overdue ≥ max(7, 15.5): at risk, although loyal (first Jan = mi(A) − 11, 9 months)
            "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 | 4 | 3 | AT_RISK",
            // every 10 days, last Dec 1: due Dec 11, 9 days overdue ≥ max(7, 5): at risk, although new (first Nov)
            "2024-11-01 2024-11-11 2024-11-21 2024-12-01                             | 3 | 3 | AT_RISK",
            // gap Jul–Sep (3), back in Oct = mi(A) − 2: won back; but intervals 118 10 10 10 10 → 10, due Nov 20,
            // 30 days overdue: at risk wins
            "2024-06-05 2024-10-01 2024-10-11 2024-10-21 2024-10-31 2024-11-10       | 3 | 3 | AT_RISK",
            // gaps Jul 2023–May 2024 (11) and Jul–Sep 2024 (3); the latest returns in Oct ≥ mi(A) − 3 + 1: won back
            "2023-06 2024-06 2024-10 2024-11 2024-12                                 | 3 | 3 | WON_BACK",
            // the latest win-back returns in Sep = mi(A) − 3: too long ago; 2024 months May Sep–Dec = 5: active
            "2023-06 2024-05 2024-09 2024-10 2024-11 2024-12                         | 3 | 3 | ACTIVE",
            // N 4: Jul–Sep 2024 (3) is no episode; the 11-month one returned in Jun = mi(A) − 6: active
            "2023-06 2024-06 2024-10 2024-11 2024-12                                 | 4 | 3 | ACTIVE",
            // won back in Oct, and Jan–Jun + Oct–Dec = 9 months since before Jan: won back beats loyal
            "2023-01 2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-10 2024-11 2024-12 | 3 | 3 | WON_BACK",
            // N 1: the one empty month Nov is an episode, back in Dec: won back beats new
            "2024-10 2024-12                                                         | 1 | 3 | WON_BACK",
            // N 3: first month Oct ≥ mi(A) − 3 + 1 = Oct: new
            "2024-10 2024-12                                                         | 3 | 3 | NEW",
            // first month Sep < Oct: no longer new; gap Oct–Nov (2) is no episode: active
            "2024-09 2024-12                                                         | 3 | 3 | ACTIVE",
            // new for 1 month: only a first purchase in Dec is new
            "2024-10 2024-12                                                         | 3 | 1 | ACTIVE",
            "2024-12-01 2024-12-15                                                   | 3 | 1 | NEW",
            // since Dec 2023, 9 of the 12 months Jan–Dec 2024 (not Apr, Jul, Oct): loyal
            "2023-12 2024-01 2024-02 2024-03 2024-05 2024-06 2024-08 2024-09 2024-11 2024-12 | 3 | 3 | LOYAL",
            // 8 of 12 (Feb dropped): active
            "2023-12 2024-01 2024-03 2024-05 2024-06 2024-08 2024-09 2024-11 2024-12 | 3 | 3 | ACTIVE",
            // first purchase exactly mi(A) − 11 = Jan 2024, all 12 months: loyal
            "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 | 3 | 3 | LOYAL",
            // first purchase Feb 2024, all 11 months since: not a customer for the whole window yet: active
            "2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 | 3 | 3 | ACTIVE",
    })
    void stageAndPrecedence(String purchases, int window, int newMonths, LifecycleStage expected) {
        List<LineFact> lines = lines("C", purchases);
        CustomerLapse lapse = lapses(lines, window).getFirst();
        CustomerLines customer = CustomerLines.asOf(lines, A).getFirst();

        LifecycleStage stage = lifecycle.stageOf(customer, lapse, A, newMonths);

        assertThat(stage).isEqualTo(expected);
        // the stage agrees with the Lapse page both ways
        assertThat(stage == LAPSED).isEqualTo(lapse.lapsed());
        assertThat(stage == AT_RISK).isEqualTo(lapse.risk() == RiskLevel.AT_RISK);
    }

    @Test
    void stagesOfAPopulationAndTheirCounts() {
        // the LAPSED, NEW and LOYAL rows above, side by side (a shared prior moves nobody: the new customer's
        // last purchase is 5 days before A)
        List<LineFact> lines = new ArrayList<>();
        lines.addAll(lines("L", "2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09"));
        lines.addAll(lines("N", "2024-10 2024-12"));
        lines.addAll(lines("Y", "2023-12 2024-01 2024-02 2024-03 2024-05 2024-06 2024-08 2024-09 2024-11 2024-12"));

        Map<String, LifecycleStage> stages = lifecycle.stages(lapses(lines, 3), Lifecycle.DEFAULT_NEW_MONTHS);

        assertThat(stages).containsExactly(Map.entry("L", LAPSED), Map.entry("N", NEW), Map.entry("Y", LOYAL));
        assertThat(Lifecycle.count(stages.values())).containsExactly(
                new LifecycleCount(NEW, 1), new LifecycleCount(ACTIVE, 0), new LifecycleCount(LOYAL, 1),
                new LifecycleCount(AT_RISK, 0), new LifecycleCount(LAPSED, 1), new LifecycleCount(WON_BACK, 0));
    }

    @Test
    void countsListEveryStageEvenWithoutCustomers() {
        assertThat(Lifecycle.count(List.of())).extracting(LifecycleCount::stage)
                .containsExactly(LifecycleStage.values());
        assertThat(Lifecycle.count(List.of())).extracting(LifecycleCount::customers).containsOnly(0L);
        assertThat(Lifecycle.count(List.of(WON_BACK, WON_BACK))).extracting(LifecycleCount::customers)
                .containsExactly(0L, 0L, 0L, 0L, 0L, 2L);
    }

    @Test
    void linesAndLapseOfDifferentCustomersOrDaysAreRejected() {
        List<LineFact> lines = new ArrayList<>(lines("C", "2024-12"));
        lines.addAll(lines("D", "2024-12"));
        List<CustomerLapse> lapses = lapses(lines, 3);
        List<CustomerLines> customers = CustomerLines.asOf(lines, A);

        assertThatThrownBy(() -> lifecycle.stageOf(customers.get(0), lapses.get(1), A, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lifecycle.stageOf(customers.get(0), lapses.get(0), A.minusDays(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lifecycle.stageOf(lapses.get(0), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codes() {
        assertThat(LifecycleStage.values()).extracting(LifecycleStage::code)
                .containsExactly("new", "active", "loyal", "at_risk", "lapsed", "won_back");
    }
}
