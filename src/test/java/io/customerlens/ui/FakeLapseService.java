package io.customerlens.ui;

import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Answers {@link #load} with data a test set; the analysis itself is the real one. Never touches a store. */
public final class FakeLapseService extends LapseService {

    private LapseData data = LapseData.EMPTY;
    private int loads;
    private long storedLines;
    private io.customerlens.analysis.risk.RiskBacktestResult backtest;
    private RuntimeException backtestFailure;
    private final List<String> backtests = new java.util.ArrayList<>();
    private final List<Integer> analysedWindows = new java.util.ArrayList<>();

    public FakeLapseService() {
        super(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore(), io.customerlens.analysis.lapse.RankingSelector.DEFAULT);
    }

    public void answer(LapseData next) {
        data = next;
    }

    /** The lines the store holds from now on. */
    public void storedLinesAre(long lines) {
        storedLines = lines;
    }

    @Override
    public long storedLines() {
        return storedLines;
    }

    public int loads() {
        return loads;
    }

    /** What {@link #backtest} answers, whatever it is asked; null = the real backtest over the empty store. */
    public void answerBacktest(io.customerlens.analysis.risk.RiskBacktestResult next) {
        backtest = next;
    }

    /** The next backtests fail with {@code failure} (null: they answer again). */
    public void failBacktest(RuntimeException failure) {
        backtestFailure = failure;
    }

    /** Every backtest asked for, as "cut-off H K". */
    public List<String> backtests() {
        return List.copyOf(backtests);
    }

    @Override
    public io.customerlens.analysis.risk.RiskBacktestResult backtest(LocalDate cutoff, int horizonMonths, int topK) {
        backtests.add(cutoff + " " + horizonMonths + " " + topK);
        if (backtestFailure != null) {
            throw backtestFailure;
        }
        return backtest != null ? backtest : super.backtest(cutoff, horizonMonths, topK);
    }

    /** The window N of every full analysis asked for (the list with its chance), in order. */
    public List<Integer> analysedWindows() {
        return List.copyOf(analysedWindows);
    }

    @Override
    public io.customerlens.service.lapse.LapseReport analyse(LapseData data,
                                                            io.customerlens.analysis.lapse.LapseWindow window,
                                                            io.customerlens.task.CancelSignal cancel) {
        analysedWindows.add(window.months());
        return super.analyse(data, window, cancel);
    }

    @Override
    public LapseData load(Optional<LocalDate> asOf) {
        loads++;
        return data;
    }

    /** A history with a net amount of 100 in each purchase month. */
    public static PurchaseHistory history(String key, LocalDate... purchaseDays) {
        Map<Integer, java.math.BigDecimal> net = new TreeMap<>();
        Arrays.stream(purchaseDays).forEach(day -> net.merge(io.customerlens.analysis.MonthIndex.of(day),
                java.math.BigDecimal.valueOf(100), java.math.BigDecimal::add));
        return new PurchaseHistory(key, List.of(purchaseDays), net);
    }

    public static CustomerInfo info(String key, String name, String type, String region, String channel,
                                    String salesperson) {
        return new CustomerInfo(key, name, type, region, null, null, null, channel, salesperson);
    }
}
