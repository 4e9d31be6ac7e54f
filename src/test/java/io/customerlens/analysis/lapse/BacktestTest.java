package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Backtest (population, lapsed, AUC, precision at K) and how RankingSelector chooses the ranking. */
class BacktestTest {

    private static final double EPS = 1e-12;
    private static final LocalDate CUTOFF = day("2024-06-30");

    /*
     * Cut-off 2024-06-30, horizon 3 months → outcome window (Jun 30, Sep 30]; population: a purchase in
     * (2023-06-30, 2024-06-30].
     *   P1 2024-06-20, 2024-08-01        silent 10 days;  bought in the horizon       → not lapsed
     *   P2 2024-05-01                    silent 60 (30 + 30)                          → lapsed
     *   P3 2024-03-01, 2024-10-15        silent 121 (30 + 30 + 31 + 30); Oct 15 is too late → lapsed
     *   P4 2023-12-01, 2024-09-30        silent 212 (30 + 31 + 29 + 31 + 30 + 31 + 30); Sep 30 counts → not lapsed
     *   P5 2023-07-01                    silent 365 (leap year)                        → lapsed
     *   P6 2023-06-30                    exactly 12 months before: not in the population
     *   P7 2024-07-05                    first purchase after the cut-off: not in the population
     * Population 5, lapsed 3.
     * Recency AUC: positives 60, 121, 365 vs negatives 10, 212:
     *   60 > 10 ✓, 60 < 212 ✗; 121 > 10 ✓, 121 < 212 ✗; 365 > both ✓✓ → 4/6 = 2/3
     * Precision at 3: 365 T, 212 F, 121 T → 2/3;  at 2: 365 T, 212 F → 1/2;  at 5 (K 10 capped): 3/5
     */
    private static List<PurchaseHistory> handSet() {
        return List.of(
                history("P1", "2024-06-20", "2024-08-01"),
                history("P2", "2024-05-01"),
                history("P3", "2024-03-01", "2024-10-15"),
                history("P4", "2023-12-01", "2024-09-30"),
                history("P5", "2023-07-01"),
                history("P6", "2023-06-30"),
                history("P7", "2024-07-05"));
    }

    private static final RankingSelector RECENCY_ONLY = new RankingSelector(List.of());

    @Test
    void handMadeBacktest() {
        BacktestResult result = new Backtest().run(handSet(), key -> null, CUTOFF, 3, 3, RECENCY_ONLY);

        assertThat(result.cutoff()).isEqualTo(CUTOFF);
        assertThat(result.horizonMonths()).isEqualTo(3);
        assertThat(result.population()).isEqualTo(5);
        assertThat(result.lapsed()).isEqualTo(3);
        assertThat(result.topK()).isEqualTo(3);
        assertThat(result.ranking()).isEqualTo(new RecencyRanking());
        assertThat(result.recency().auc()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(result.recency().precisionAtK()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(result.risk()).isEqualTo(result.recency());
    }

    @Test
    void precisionAtTwoAndKCappedAtThePopulation() {
        assertThat(new Backtest().run(handSet(), key -> null, CUTOFF, 3, 2, RECENCY_ONLY).recency().precisionAtK())
                .isCloseTo(1.0 / 2, within(EPS));
        BacktestResult capped = new Backtest().run(handSet(), key -> null, CUTOFF, 3, 10, RECENCY_ONLY);
        assertThat(capped.topK()).isEqualTo(5);
        assertThat(capped.recency().precisionAtK()).isCloseTo(3.0 / 5, within(EPS));
    }

    @Test
    void longerHorizonChangesTheOutcome() {
        // H = 4 → window (Jun 30, Oct 31]: P3's Oct 15 now counts → lapsed P2, P5 = 2.
        // AUC: positives 60, 365 vs negatives 10, 121, 212: 60 beats 10 only (1); 365 beats all (3) → 4/6
        BacktestResult result = new Backtest().run(handSet(), key -> null, CUTOFF, 4, 3, RECENCY_ONLY);

        assertThat(result.population()).isEqualTo(5);
        assertThat(result.lapsed()).isEqualTo(2);
        assertThat(result.recency().auc()).isCloseTo(4.0 / 6, within(EPS));
    }

    @Test
    void horizonBelowOneMonthIsRejected() {
        assertThatThrownBy(() -> new Backtest().run(handSet(), key -> null, CUTOFF, 0, 3, RECENCY_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Random purchase days: nothing in a customer's rhythm says more than its silence does. */
    private static List<PurchaseHistory> randomHistories(long seed) {
        Random random = new Random(seed);
        LocalDate start = day("2021-01-01");
        List<PurchaseHistory> histories = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            TreeSet<LocalDate> days = new TreeSet<>();
            int purchases = 1 + random.nextInt(12);
            for (int p = 0; p < purchases; p++) {
                days.add(start.plusDays(random.nextInt(4 * 365)));
            }
            histories.add(history("R" + c, days.stream().map(LocalDate::toString).toArray(String[]::new)));
        }
        return histories;
    }

    @Test
    void selectorKeepsRecencyWhenNoCandidateProvesItself() {
        LocalDate asOf = day("2024-12-31");
        List<PurchaseHistory> histories = Backtest.upTo(randomHistories(7L), asOf);

        RankingFit chosen = RankingSelector.DEFAULT.choose(histories, key -> null, asOf, 3);

        assertThat(chosen).isInstanceOf(RankingFit.Fixed.class);
        assertThat(((RankingFit.Fixed) chosen).ranking()).isInstanceOf(RecencyRanking.class);
    }

    @Test
    void selectorKeepsRecencyWhenTheCandidateOnlyTiesIt() {
        // recency as a candidate never beats recency strictly
        RankingSelector selector = new RankingSelector(List.of(new RankingFit.Fixed(new RecencyRanking())));
        LocalDate asOf = day("2024-12-31");

        RankingFit chosen = selector.choose(Backtest.upTo(rhythmHistories(), asOf), key -> null, asOf, 3);

        assertThat(chosen).isEqualTo(new RankingFit.Fixed(new RecencyRanking()));
    }

    @Test
    void selectorKeepsRecencyWhenTooFewCutoffsAreDefined() {
        // one customer: at every validation cut-off one class is empty, so the AUC is NaN everywhere
        LocalDate asOf = day("2024-12-31");
        List<PurchaseHistory> one = List.of(history("A", "2024-01-05", "2024-02-05", "2024-03-05", "2024-12-01"));

        RankingFit chosen = RankingSelector.DEFAULT.choose(one, key -> null, asOf, 3);

        assertThat(chosen).isEqualTo(new RankingFit.Fixed(new RecencyRanking()));
    }

    /*
     * Weekly shops (every 6–8 days) and quarterly dealers (every 85–95 days); a third of the weekly shops
     * stop for good at some day. A weekly shop silent for 30 days has stopped, a dealer silent for 60 days
     * has not, so the cadence-aware ranking beats plain silence at every cut-off.
     */
    private static List<PurchaseHistory> rhythmHistories() {
        Random random = new Random(11L);
        LocalDate start = day("2022-01-01");
        LocalDate end = day("2024-12-31");
        List<PurchaseHistory> histories = new ArrayList<>();
        for (int c = 0; c < 120; c++) {
            boolean weekly = c % 2 == 0;
            LocalDate stop = weekly && c % 3 == 0 ? start.plusDays(400 + random.nextInt(690)) : end;
            TreeSet<LocalDate> days = new TreeSet<>();
            LocalDate d = start.plusDays(random.nextInt(weekly ? 7 : 90));
            while (!d.isAfter(stop)) {
                days.add(d);
                d = d.plusDays(weekly ? 6 + random.nextInt(3) : 85 + random.nextInt(11));
            }
            histories.add(history((weekly ? "W" : "Q") + c, days.stream().map(LocalDate::toString).toArray(String[]::new)));
        }
        return histories;
    }

    @Test
    void selectorTakesACandidateThatBeatsRecencyEverywhere() {
        // Measured in each customer's own typical interval every finished interval is about 1, so a shop
        // silent for several of its intervals is past every event (score 1) while a live customer of either
        // kind scores about S(1): the per-customer survival ranking separates them almost perfectly.
        LocalDate asOf = day("2024-12-31");

        RankingFit chosen = RankingSelector.DEFAULT.choose(rhythmHistories(), key -> null, asOf, 3);

        assertThat(chosen).isEqualTo(new RankingFit.Survival(true));
    }
}
