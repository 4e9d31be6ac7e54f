package io.customerlens.ui.backtest;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RankingQuality;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.ReliabilityBin;
import io.customerlens.analysis.risk.RiskBacktestResult;
import io.customerlens.analysis.risk.ValidationCheck;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.ui.FakeLapseService;
import io.customerlens.ui.charts.ShareLines;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.customerlens.ui.FakeLapseService.history;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Backtest page's state without a screen, over a service that answers a known result: data up to 2025-12-31,
 * the default window N = 3, so the cut-off starts at 2025-09-30; of 120 customers 30 lapsed; the learned model's
 * top 20 held 14 of them (precision 0.7), longest-silent-first's 9 (0.45).
 */
class BacktestViewModelTest {

    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    private static final LocalDate CUTOFF = LocalDate.of(2025, 9, 30);

    private final FakeLapseService service = new FakeLapseService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final AnalysisChoices analysis = TestAnalysis.choices();

    private BacktestViewModel open(Locale locale, RiskBacktestResult answer) {
        service.answer(new LapseData(LAST, LAST.minusMonths(1), false,
                List.of(history("A", LocalDate.of(2025, 1, 3), LAST)), Map.of()));
        service.answerBacktest(answer);
        Messages messages = Messages.forLocale(locale);
        BacktestViewModel viewModel = new BacktestViewModel(service, analysis, new SynchronousTaskRunner(messages),
                messages, storeChanges);
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void opensAtTheLastDateMinusTheLapseWindowAndRunsOnce() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        assertThat(viewModel.horizonMonthsProperty().get()).isEqualTo(3);
        assertThat(viewModel.cutoffProperty().get()).isEqualTo(CUTOFF);
        assertThat(viewModel.latestCutoffProperty().get()).isEqualTo(CUTOFF);
        assertThat(service.backtests()).containsExactly("2025-09-30 3 20");
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.canRunProperty().get()).isTrue();
    }

    @Test
    void theSentenceSaysHowManyOfTheTopKBoughtNothingAndWhatRecencyCaught() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        assertThat(viewModel.sentenceProperty().get()).isEqualTo("Of the 20 customers this list would have put first "
                + "on 2025-09-30, 14 bought nothing in the next 3 months; longest-silent-first caught 9.");
        assertThat(viewModel.baselineProperty().get()).isEqualTo("120 customers had bought in the 12 months before "
                + "2025-09-30; 30 of them (25.0%) bought nothing in the next 3 months. 20 customers picked at random "
                + "would have caught about 5.");
    }

    @Test
    void theSentenceInChinese() {
        BacktestViewModel viewModel = open(Locale.SIMPLIFIED_CHINESE, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        assertThat(viewModel.sentenceProperty().get())
                .isEqualTo("如果在 2025-09-30 按此名单致电前 20 位客户，其中 14 位在之后 3 个月没有进货；按最久未进货排序只命中 9 位。");
        assertThat(viewModel.rows().getFirst().name()).isEqualTo("学习模型（当前采用）");
    }

    @Test
    void theModelInUseIsExplainedWithItsChecks() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        assertThat(viewModel.rankingTextProperty().get()).isEqualTo("The app uses the learned model: at 2 earlier "
                + "checks it found the customers who stopped better than longest-silent-first every time "
                + "(mean ROC AUC 0.730 against 0.655).");
        assertThat(viewModel.checks()).extracting(ValidationCheck::cutoff)
                .containsExactly(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 7, 31));
    }

    @Test
    void aFallbackToRecencySaysWhyAndPutsRecencyFirst() {
        BacktestViewModel viewModel = open(Locale.ENGLISH,
                result(LapseRisk.Ranking.RECENCY, Optional.of(LapseRisk.Fallback.NOT_BETTER_THAN_RECENCY)));

        assertThat(viewModel.rankingTextProperty().get()).startsWith("The app lists longest silent first: the learned "
                + "model did not beat it at every one of 2 earlier checks");
        assertThat(viewModel.sentenceProperty().get()).endsWith("On that day the list was longest-silent-first itself.");
        assertThat(viewModel.rows()).extracting(BacktestRow::name).startsWith("Longest silent first (shown)",
                "Learned model");
    }

    @Test
    void tooLittleHistoryIsSaidInWords() {
        BacktestViewModel viewModel = open(Locale.ENGLISH,
                result(LapseRisk.Ranking.RECENCY, Optional.of(LapseRisk.Fallback.TOO_LITTLE_HISTORY)));

        assertThat(viewModel.rankingTextProperty().get()).isEqualTo("The app lists longest silent first: the history "
                + "before the cut-off is too short to learn a model and check it (8 earlier cut-offs to learn from, "
                + "2 checks).");
    }

    @Test
    void theTableListsEveryRankingInWordsWithItsFigures() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        assertThat(viewModel.rows()).extracting(BacktestRow::name).containsExactly("Learned model (shown)",
                "Longest silent first", "Survival by own rhythm",
                "Survival by days", "\"Still buying\" model", "BG/NBD model");
        BacktestRow model = viewModel.rows().getFirst();
        assertThat(model.shown()).isTrue();
        assertThat(model.auc()).isEqualTo(0.78);
        assertThat(model.precisionAtK()).isEqualTo(0.7);
        assertThat(model.hits()).isCloseTo(14.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(viewModel.rows().get(1).hits()).isCloseTo(9.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theLiftChartHasTheListRecencyAndTheRandomDiagonal() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        ShareLines lift = viewModel.liftProperty().get();
        assertThat(lift.lines().keySet()).containsExactly("This list", "Longest silent first");
        assertThat(lift.diagonal()).isEqualTo("Random order");
        List<ShareLines.Point> shown = lift.lines().get("This list");
        assertThat(shown).hasSize(11);
        assertThat(shown.getFirst()).isEqualTo(new ShareLines.Point(0, 0));
        assertThat(shown.get(1)).isEqualTo(new ShareLines.Point(0.1, 0.3));
        assertThat(shown.getLast()).isEqualTo(new ShareLines.Point(1, 1));
        assertThat(lift.lines().get("Longest silent first").get(1)).isEqualTo(new ShareLines.Point(0.1, 0.2));
    }

    @Test
    void theReliabilityChartHasOnePointPerBinWithCustomersAndTheBrierScore() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        ShareLines reliability = viewModel.reliabilityProperty().get();
        assertThat(reliability.lines().get("Customers in each band of chance"))
                .containsExactly(new ShareLines.Point(0.1, 0.08), new ShareLines.Point(0.6, 0.55));
        assertThat(reliability.diagonal()).isEqualTo("Perfectly calibrated");
        assertThat(viewModel.brierTextProperty().get()).isEqualTo("Brier score after the cut-off: 0.170 (0 is "
                + "perfect; the same guess for everyone would score 0.188). At the earlier checks: 0.160.");
    }

    @Test
    void aCutoffTooLateForHMonthsAfterItCannotRunAndSaysWhy() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        viewModel.cutoffProperty().set(LocalDate.of(2025, 11, 1));

        assertThat(viewModel.cutoffProblemProperty().get()).isEqualTo("The cut-off can be 2025-09-30 at the latest: "
                + "the 3 months after it must be in the data, which ends on 2025-12-31.");
        assertThat(viewModel.canRunProperty().get()).isFalse();
        viewModel.run();
        assertThat(service.backtests()).hasSize(1);
    }

    @Test
    void aLongerHorizonMovesTheDefaultCutoffButNotAChosenOne() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        viewModel.horizonMonthsProperty().set(6);
        assertThat(viewModel.cutoffProperty().get()).isEqualTo(LocalDate.of(2025, 6, 30));

        viewModel.cutoffProperty().set(LocalDate.of(2025, 3, 31));
        viewModel.horizonMonthsProperty().set(3);
        assertThat(viewModel.cutoffProperty().get()).isEqualTo(LocalDate.of(2025, 3, 31));
        viewModel.run();
        assertThat(service.backtests()).last().isEqualTo("2025-03-31 3 20");
    }

    @Test
    void runUsesTheChosenListLength() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        viewModel.topKProperty().set(50);
        viewModel.run();

        assertThat(service.backtests()).last().isEqualTo("2025-09-30 3 50");
    }

    @Test
    void hFollowsTheSharedLapseWindowUntilThePageIsDisposed() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));

        analysis.update(shared -> shared.withLapseWindow(new LapseWindow(6)));
        assertThat(viewModel.horizonMonthsProperty().get()).isEqualTo(6);

        viewModel.dispose();
        analysis.update(shared -> shared.withLapseWindow(new LapseWindow(12)));
        assertThat(viewModel.horizonMonthsProperty().get()).isEqualTo(6);
    }

    @Test
    void anEmptyStoreAsksForDataAndRunsNothing() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        BacktestViewModel viewModel = new BacktestViewModel(service, analysis, new SynchronousTaskRunner(messages),
                messages, storeChanges);
        viewModel.refresh();

        assertThat(viewModel.sentenceProperty().get())
                .isEqualTo("Import sales data first: a backtest needs history to look back on.");
        assertThat(viewModel.canRunProperty().get()).isFalse();
        assertThat(service.backtests()).isEmpty();
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void aFailedRunIsShownAsANoticeAndTheButtonComesBack() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));
        service.failBacktest(new IllegalStateException("disk gone"));

        viewModel.run();

        // An unexpected failure is said in words; its own text stays in the log (issue 15, item 5).
        assertThat(viewModel.noticeProperty().get()).startsWith("The backtest could not run:")
                .doesNotContain("disk gone");
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.canRunProperty().get()).isTrue();
    }

    @Test
    void aNewImportReadsTheLastDateAgainAndRunsAgain() {
        BacktestViewModel viewModel = open(Locale.ENGLISH, result(LapseRisk.Ranking.MODEL, Optional.empty()));
        LocalDate later = LocalDate.of(2026, 3, 31);
        service.answer(new LapseData(later, later.minusMonths(1), false,
                List.of(history("A", LocalDate.of(2025, 1, 3), later)), Map.of()));

        storeChanges.storeChanged();

        assertThat(viewModel.cutoffProperty().get()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(service.backtests()).last().isEqualTo("2025-12-31 3 20");
    }

    private static RiskBacktestResult result(LapseRisk.Ranking ranking, Optional<LapseRisk.Fallback> fallback) {
        List<ValidationCheck> checks = List.of(new ValidationCheck(LocalDate.of(2025, 8, 31), 110, 0.74, 0.66),
                new ValidationCheck(LocalDate.of(2025, 7, 31), 105, 0.72, 0.65));
        List<ReliabilityBin> bins = List.of(new ReliabilityBin(0, 0.2, 60, 0.1, 0.08),
                new ReliabilityBin(0.2, 0.4, 0, Double.NaN, Double.NaN), new ReliabilityBin(0.4, 1, 40, 0.6, 0.55));
        LapseRisk risk = new LapseRisk(CUTOFF, 3, ranking, fallback, checks, 0.15, 0.16, bins, 8, 900, Map.of());
        RankingQuality model = new RankingQuality(0.78, 0.7);
        RankingQuality recency = new RankingQuality(0.69, 0.45);
        Map<String, RankingQuality> others = new LinkedHashMap<>();
        others.put("survival_cadence", new RankingQuality(0.70, 0.5));
        others.put("survival_days", new RankingQuality(0.68, 0.4));
        others.put("alive_model", new RankingQuality(0.66, 0.35));
        others.put("bgnbd", new RankingQuality(0.71, 0.55));
        return new RiskBacktestResult(CUTOFF, 3, 20, 120, 30, risk,
                ranking == LapseRisk.Ranking.MODEL ? model : recency, model, recency, 0.17, 0.17,
                List.of(0.3, 0.5, 0.62, 0.72, 0.8, 0.86, 0.91, 0.95, 0.98, 1.0),
                List.of(0.2, 0.38, 0.5, 0.6, 0.7, 0.78, 0.85, 0.91, 0.96, 1.0), others);
    }
}
