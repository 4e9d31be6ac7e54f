package io.customerlens.service.lapse;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.Backtest;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.CustomerMovement;
import io.customerlens.analysis.lapse.EpisodeLengths;
import io.customerlens.analysis.lapse.LapseAnalysis;
import io.customerlens.analysis.lapse.LapseBreakdown;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.analysis.lapse.RankingFit;
import io.customerlens.analysis.lapse.RankingQuality;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.analysis.risk.CustomerTrack;
import io.customerlens.analysis.risk.CutoffRowCache;
import io.customerlens.analysis.risk.FeatureSpace;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.LapseRiskLearning;
import io.customerlens.analysis.risk.RiskBacktest;
import io.customerlens.analysis.risk.RiskBacktestResult;
import io.customerlens.analysis.value.CustomerValue;
import io.customerlens.analysis.value.CustomerValues;
import io.customerlens.analysis.value.RepeatSummary;
import io.customerlens.analysis.value.ValueBacktest;
import io.customerlens.analysis.lapse.RecencyRanking;
import io.customerlens.analysis.lapse.Seasonality;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.service.snapshot.Identity;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;
import io.customerlens.task.CancelSignal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Lapse analysis over the store: who stopped restocking, since when, and who is next. Call off the FX thread. */
public class LapseService {

    /** The memo key's mark of a report whose chance is still being learned. */
    private static final Object CHANCE_PENDING = new Object();

    private static final RankingFit RECENCY = new RankingFit.Fixed(new RecencyRanking());

    private final AnalysisSnapshots snapshots;
    private final CustomerAnalysis customerAnalysis = new CustomerAnalysis();
    private final LapseAnalysis lapseAnalysis = new LapseAnalysis();
    private final Backtest backtest = new Backtest();
    private final RankingSelector rankingSelector;
    private final LapseRiskLearning riskLearning = new LapseRiskLearning();
    private final RiskBacktest riskBacktest = new RiskBacktest();

    /** Over its own snapshot of the store (tests, and tools that use one service). */
    public LapseService(Database database, RankingSelector rankingSelector) {
        this(new AnalysisSnapshots(database), rankingSelector);
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public LapseService(AnalysisSnapshots snapshots, RankingSelector rankingSelector) {
        this.snapshots = snapshots;
        this.rankingSelector = rankingSelector;
    }

    /** Every customer's purchase history, from the current snapshot. @param asOf empty = the latest date of any stored line */
    public LapseData load(Optional<LocalDate> asOf) {
        AnalysisSnapshot snapshot = snapshots.current();
        Optional<LocalDate> effective = asOf.or(snapshot::lastDate);
        return snapshot.memo(List.of(LapseData.class, effective), () -> from(snapshot, effective));
    }

    private LapseData from(AnalysisSnapshot snapshot, Optional<LocalDate> asOf) {
        SalesStore.CustomerData stored = snapshot.customerData();
        Optional<LocalDate> effective = asOf.or(() -> customerAnalysis.defaultAsOf(stored.facts()));
        if (effective.isEmpty()) {
            return LapseData.EMPTY;
        }
        LocalDate date = effective.get();
        Optional<LocalDate> beforeLatestImport = snapshot.asOfBeforeLatestImport().filter(previous -> previous.isBefore(date));
        LocalDate reference = beforeLatestImport.orElse(date.minusMonths(1));
        return new LapseData(date, reference, beforeLatestImport.isPresent(),
                snapshot.purchaseHistories(date), stored.infoByKey());
    }

    /**
     * How many sales lines the snapshot holds: every stored line this login may read (row-level security), or with
     * a salesperson chosen the lines of their customers (docs/decisions/0021).
     */
    public long storedLines() {
        return snapshots.current().lineCount();
    }

    /** Every customer's lapse figures over {@code data} with the window; computed once per data and window. */
    public LapseReport analyse(LapseData data, LapseWindow window) {
        return analyse(data, window, CancelSignal.NEVER);
    }

    /**
     * The same, for work the user may leave behind (learning aside for a window since changed): the learning stops
     * at its next step once {@code cancel} is set. Another caller waiting for the same learning then learns it
     * itself (the snapshot's memo keeps no cancelled result).
     */
    public LapseReport analyse(LapseData data, LapseWindow window, CancelSignal cancel) {
        return snapshots.current().memo(List.of(LapseReport.class, new Identity(data), window),
                () -> compute(data, window, cancel));
    }

    private LapseReport compute(LapseData data, LapseWindow window, CancelSignal cancel) {
        if (data.isEmpty()) {
            return new LapseReport(null, window, LapseRisk.none(window.months()), List.of(), List.of(), List.of(), Seasonality.of(List.of()), Map.of(),
                    LapseHeadline.none(), false);
        }
        // The list's order and probabilities come from the learned risk (or recency where it did not prove itself);
        // the lapse figures themselves need no ranking, so recency stands in for the old rule-based score.
        LapseRisk risk = risk(data.asOf(), window.months(), cancel);
        cancel.throwIfCancelled();
        Map<String, CustomerValue> values = values(data.asOf());
        return report(data, window, risk, values, false);
    }

    /** The report's figures around every customer's row with {@code risk} and {@code values}. */
    private LapseReport report(LapseData data, LapseWindow window, LapseRisk risk, Map<String, CustomerValue> values,
                               boolean chancePending) {
        List<CustomerLapse> customers = lapses(data, window);
        List<LapseRow> rows = customers.stream().map(lapse -> new LapseRow(lapse, data.infoOf(lapse.customerKey()),
                risk.of(lapse.customerKey()), values.get(lapse.customerKey()))).toList();
        return new LapseReport(data.asOf(), window, risk, rows,
                CustomerMovement.table(customers, MonthIndex.of(data.asOf())),
                EpisodeLengths.of(customers, window),
                Seasonality.of(customers),
                LapseBreakdown.byAttribute(customers, data::infoOf),
                headline(data, window), chancePending);
    }

    /**
     * The lapse counts Home shows, without the learned chance and the value fits the list needs: Home stays quick
     * however long learning takes, and the counts are the ones {@link #analyse} reports.
     */
    public LapseHeadline headline(LapseData data, LapseWindow window) {
        if (data.isEmpty()) {
            return LapseHeadline.none();
        }
        return snapshots.current().memo(List.of(LapseHeadline.class, new Identity(data), window),
                () -> headline(data, lapses(data, window), window));
    }

    /** Every customer's lapse figures (no chance, no value), once per data and window for the headline and the list. */
    private List<CustomerLapse> lapses(LapseData data, LapseWindow window) {
        return snapshots.current().memo(List.of(CustomerLapse.class, new Identity(data), window),
                () -> lapseAnalysis.customers(data.histories(), groupOf(data), data.asOf(), window, RECENCY).customers());
    }

    /**
     * The report at once: the full one when the chance is already learned for the data's date and the window,
     * otherwise the lapse figures with every chance still unknown ({@link LapseReport#chancePending()}), computed
     * in a fraction of a second, so a page shows its new counts before learning ends and then asks
     * {@link #analyse} for the rest.
     */
    public LapseReport firstReport(LapseData data, LapseWindow window) {
        if (data.isEmpty() || riskLearned(data.asOf(), window.months())) {
            return analyse(data, window);
        }
        // The Lapse page, the card and the follow-up side panel all ask for it after a new N: made once.
        return snapshots.current().memo(List.of(LapseReport.class, CHANCE_PENDING, new Identity(data), window),
                () -> report(data, window, LapseRisk.none(window.months()), Map.of(), true));
    }

    /** Whether the chance at {@code asOf} for the horizon has been learned for the current snapshot; learns nothing. */
    private boolean riskLearned(LocalDate asOf, int horizonMonths) {
        return snapshots.current().hasMemo(riskKey(asOf, horizonMonths));
    }

    private static List<Object> riskKey(LocalDate asOf, int horizonMonths) {
        return List.of(LapseRisk.class, asOf, horizonMonths);
    }

    /**
     * Every customer's chance of no order in the next {@code horizonMonths} at {@code asOf}, learned from the store's
     * own history (docs/definitions.md, "Lapse-risk model"); learned once per snapshot, date and horizon.
     */
    public LapseRisk risk(LocalDate asOf, int horizonMonths) {
        return risk(asOf, horizonMonths, CancelSignal.NEVER);
    }

    private LapseRisk risk(LocalDate asOf, int horizonMonths, CancelSignal cancel) {
        AnalysisSnapshot snapshot = snapshots.current();
        return snapshot.memo(riskKey(asOf, horizonMonths),
                () -> riskLearning.learn(cutoffRows(snapshot), asOf, horizonMonths, cancel));
    }

    /**
     * Every customer's value over the next 12 months as of {@code asOf} (BG/NBD × Gamma-Gamma, docs/definitions.md,
     * "Customer value"), by key; fitted once per snapshot and date. Empty when the fits are not reliable (fewer than
     * ten customers to fit on, or no convergence).
     */
    public Map<String, CustomerValue> values(LocalDate asOf) {
        AnalysisSnapshot snapshot = snapshots.current();
        return snapshot.memo(List.of(CustomerValue.class, asOf), () -> {
            List<RepeatSummary> summaries = snapshot.customerTracks().stream()
                    .flatMap(track -> track.repeatSummary(asOf).stream()).toList();
            CustomerValues estimated = CustomerValues.estimate(summaries);
            if (!estimated.reliable()) {
                // Models fitted to a handful of customers say nothing yet: no value, and the plan keeps the monthly
                // amount at stake (docs/definitions.md, "Value at risk").
                return Map.<String, CustomerValue>of();
            }
            Map<String, CustomerValue> byKey = new HashMap<>(summaries.size() * 2);
            estimated.values().forEach(value -> byKey.put(value.customerKey(), value));
            return Map.copyOf(byKey);
        });
    }

    /**
     * Backtests the call list at a past cut-off: the ranking the app would have shown, the learned model,
     * longest-silent-first and the rule-based rankings side by side, over every stored line.
     */
    public RiskBacktestResult backtest(LocalDate cutoff, int horizonMonths, int topK) {
        AnalysisSnapshot snapshot = snapshots.current();
        RiskBacktestResult result = riskBacktest.run(cutoffRows(snapshot), cutoff, horizonMonths, topK);
        Map<String, CustomerInfo> infos = snapshot.customerData().infoByKey();
        List<PurchaseHistory> histories = snapshot.lastDate().map(snapshot::purchaseHistories).orElse(List.of());
        Map<String, RankingQuality> rules = backtest.compare(histories,
                key -> CustomerAttribute.TYPE.of(infos.getOrDefault(key, CustomerInfo.EMPTY)), cutoff, horizonMonths,
                topK, rankingSelector.candidates());
        for (Map.Entry<String, RankingQuality> rule : rules.entrySet()) {
            result = result.with(rule.getKey(), rule.getValue());
        }
        return result;
    }

    /**
     * The value estimate checked at a past cut-off (docs/definitions.md, "Customer value"): value_12m from purchases
     * up to it, against what each customer really brought in the 12 months after it, beside the naive guess "as
     * much as the 12 months before". Empty when the data does not reach 12 months past the cut-off.
     */
    public Optional<ValueBacktest> valueBacktest(LocalDate cutoff) {
        AnalysisSnapshot snapshot = snapshots.current();
        LocalDate end = cutoff.plusMonths(12);
        if (snapshot.lastDate().filter(last -> !last.isBefore(end)).isEmpty()) {
            return Optional.empty();
        }
        List<RepeatSummary> summaries = new ArrayList<>();
        Map<String, Double> actual = new HashMap<>();
        Map<String, Double> previous = new HashMap<>();
        for (CustomerTrack track : snapshot.customerTracks()) {
            track.repeatSummary(cutoff).ifPresent(summary -> {
                summaries.add(summary);
                actual.put(track.customerKey(), track.netBetween(cutoff, end));
                previous.put(track.customerKey(), track.netBetween(cutoff.minusMonths(12), cutoff));
            });
        }
        return Optional.of(ValueBacktest.of(CustomerValues.estimate(summaries).values(), actual, previous));
    }

    /**
     * The cut-offs' inputs, kept for the snapshot: changing N learns again for the new horizon from the cut-offs
     * already made (docs/benchmarks.md, option change).
     */
    private static CutoffRowCache cutoffRows(AnalysisSnapshot snapshot) {
        return snapshot.memo(CutoffRowCache.class,
                () -> new CutoffRowCache(snapshot.customerTracks(), featureSpace(snapshot)));
    }

    /** The model's input columns: the customer attributes' common values are the store's, so once per snapshot. */
    private static FeatureSpace featureSpace(AnalysisSnapshot snapshot) {
        return snapshot.memo(FeatureSpace.class,
                () -> FeatureSpace.of(snapshot.customerTracks(), CustomerAttribute.values().length));
    }

    /** Customers of one type are the similar customers whose cadence a newcomer borrows. */
    private static Function<String, String> groupOf(LapseData data) {
        return key -> CustomerAttribute.TYPE.of(data.infoOf(key));
    }

    private static LapseHeadline headline(LapseData data, List<CustomerLapse> customers, LapseWindow window) {
        Set<String> lapsed = new HashSet<>();
        Set<String> newlyLapsed = new HashSet<>();
        Set<String> atRisk = new HashSet<>();
        Set<String> wonBack = new HashSet<>();
        for (CustomerLapse customer : customers) {
            boolean lapsedBefore = lapsedAt(customer.history(), data.reference(), window);
            String key = customer.customerKey();
            if (customer.lapsed()) {
                lapsed.add(key);
                if (!lapsedBefore) {
                    newlyLapsed.add(key);
                }
            } else if (lapsedBefore) {
                wonBack.add(key);
            }
            if (customer.risk() == RiskLevel.AT_RISK) {
                atRisk.add(key);
            }
        }
        return new LapseHeadline(customers.size(), lapsed, newlyLapsed, atRisk, wonBack, data.reference(),
                data.referenceIsPreviousImport());
    }

    private static boolean lapsedAt(PurchaseHistory history, LocalDate date, LapseWindow window) {
        return history.lastPurchaseOnOrBefore(date)
                .map(last -> window.isLapse(MonthIndex.idleMonths(last, date)))
                .orElse(false);
    }

}
