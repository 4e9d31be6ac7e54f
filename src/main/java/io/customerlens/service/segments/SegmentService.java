package io.customerlens.service.segments;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseAnalysis;
import io.customerlens.analysis.lapse.RankingFit;
import io.customerlens.analysis.lapse.RecencyRanking;
import io.customerlens.analysis.segments.AttributePivot;
import io.customerlens.analysis.segments.AttributeSegments;
import io.customerlens.analysis.segments.Cohorts;
import io.customerlens.analysis.segments.CrossedSegment;
import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.analysis.segments.CustomerTier;
import io.customerlens.analysis.segments.KeyAccountResult;
import io.customerlens.analysis.segments.KeyAccounts;
import io.customerlens.analysis.segments.Lifecycle;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.MonthlyAmount;
import io.customerlens.analysis.segments.MonthlyAmountRule;
import io.customerlens.analysis.segments.RfmAnalysis;
import io.customerlens.analysis.segments.RfmResult;
import io.customerlens.analysis.segments.ValueTierResult;
import io.customerlens.analysis.segments.ValueTiers;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.service.snapshot.Identity;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Customer segments and value over the store: RFM, value tiers, key accounts, lifecycle, cohorts. Off the FX thread. */
public class SegmentService {

    /** Lifecycle only needs lapsed and at risk, not the risk ranking: skip choosing one. */
    private static final RankingFit NO_RANKING = new RankingFit.Fixed(new RecencyRanking());

    private final AnalysisSnapshots snapshots;
    private final CustomerAnalysis customerAnalysis = new CustomerAnalysis();
    private final LapseAnalysis lapseAnalysis = new LapseAnalysis();
    private final RfmAnalysis rfmAnalysis = new RfmAnalysis();
    private final ValueTiers valueTiers = new ValueTiers();
    private final KeyAccounts keyAccounts = new KeyAccounts();
    private final Lifecycle lifecycle = new Lifecycle();
    private final Cohorts cohorts = new Cohorts();
    private final AttributeSegments attributeSegments = new AttributeSegments();
    private final MonthlyAmountRule monthlyAmountRule = new MonthlyAmountRule();
    private final AttributePivot attributePivot = new AttributePivot();

    /** Over its own snapshot of the store (tests, and tools that use one service). */
    public SegmentService(Database database) {
        this(new AnalysisSnapshots(database));
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public SegmentService(AnalysisSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Every customer's lines and history, from the current snapshot. @param asOf empty = the latest date of any stored line */
    public SegmentData load(Optional<LocalDate> asOf) {
        AnalysisSnapshot snapshot = snapshots.current();
        Optional<LocalDate> effective = asOf.or(snapshot::lastDate);
        return snapshot.memo(List.of(SegmentData.class, effective), () -> from(snapshot, effective));
    }

    private SegmentData from(AnalysisSnapshot snapshot, Optional<LocalDate> asOf) {
        SalesStore.CustomerData stored = snapshot.customerData();
        Optional<LocalDate> effective = asOf.or(() -> customerAnalysis.defaultAsOf(stored.facts()));
        if (effective.isEmpty()) {
            return SegmentData.EMPTY;
        }
        LocalDate date = effective.get();
        return new SegmentData(date, CustomerLines.asOf(snapshot.ledger(), date),
                snapshot.purchaseHistories(date), stored.infoByKey());
    }

    /** Every segment analysis over {@code data} with the options; computed once per data and options. */
    public SegmentReport analyse(SegmentData data, SegmentOptions options) {
        return snapshots.current().memo(List.of(SegmentReport.class, new Identity(data), options),
                () -> compute(data, options));
    }

    private SegmentReport compute(SegmentData data, SegmentOptions options) {
        if (data.isEmpty()) {
            return new SegmentReport(null, options, rfmAnalysis.analyse(List.of(), LocalDate.EPOCH, options.rfm()),
                    valueTiers.analyse(List.of(), options.tiers()),
                    keyAccounts.score(List.of(), LocalDate.EPOCH, options.weights(), options.cutoffs()),
                    counts(Map.of()), List.of(), Map.of(), List.of(), Map.of());
        }
        // Each part is memoised by the options it depends on: N changed recomputes the lifecycle only, new
        // key-account weights the key accounts only.
        LocalDate asOf = data.asOf();
        AnalysisSnapshot snapshot = snapshots.current();
        Identity of = new Identity(data);
        RfmResult rfm = snapshot.memo(List.of(RfmResult.class, of, options.rfm()),
                () -> rfmAnalysis.analyse(data.customers(), asOf, options.rfm()));
        ValueTierResult tiers = snapshot.memo(List.of(ValueTierResult.class, of, options.tiers()),
                () -> valueTiers.analyse(data.customers(), options.tiers()));
        KeyAccountResult accounts = snapshot.memo(List.of(KeyAccountResult.class, of, options.weights(),
                options.cutoffs()), () -> keyAccounts.score(data.customers(), asOf, options.weights(), options.cutoffs()));
        Map<String, LifecycleStage> stages = snapshot.memo(List.of(LifecycleStage.class, of, options.window(),
                options.newMonths()), () -> stages(data, options));
        return new SegmentReport(asOf, options, rfm, tiers, accounts, counts(stages),
                snapshot.memo(List.of(Cohorts.class, of), () -> cohorts.of(data.customers(), asOf)),
                snapshot.memo(List.of(AttributeSegments.class, of),
                        () -> attributeSegments.byAttribute(data.customers(), data::infoOf)),
                rows(data, rfm, tiers, accounts, stages),
                snapshot.memo(List.of(MonthlyAmountRule.class, of), () -> monthlyAmounts(data)));
    }

    /** Customers by two attributes crossed, e.g. region × channel. */
    public List<CrossedSegment> crossed(SegmentData data, CustomerAttribute first, CustomerAttribute second) {
        return attributeSegments.crossed(data.customers(), data::infoOf, first, second);
    }

    /** The customers of one cohort (first purchase in {@code month}), as the cohort table counts them. */
    public java.util.Set<String> cohortMembers(SegmentData data, java.time.YearMonth month) {
        return data.isEmpty() ? java.util.Set.of() : cohorts.members(data.customers(), data.asOf(), month);
    }

    /** The customers of one row of an attribute's table (value null: those without one). */
    public java.util.Set<String> attributeMembers(SegmentData data, CustomerAttribute attribute, String value) {
        return attributeSegments.members(data.customers(), data::infoOf, attribute, value);
    }

    /** The customers of one row of two crossed attributes. */
    public java.util.Set<String> crossedMembers(SegmentData data, CustomerAttribute first, String firstValue,
                                                CustomerAttribute second, String secondValue) {
        return attributeSegments.crossedMembers(data.customers(), data::infoOf, first, firstValue, second, secondValue);
    }

    /**
     * Customers by two attributes, one down and one across, with totals; lapsed as the report's lifecycle counts it
     * (the report must be of {@code data}).
     */
    public io.customerlens.analysis.segments.PivotTable pivot(SegmentData data, SegmentReport report,
                                                              CustomerAttribute rows, CustomerAttribute columns) {
        // The nets do not change with N or the attributes: once per data, so a new N only re-tallies.
        Map<String, BigDecimal> nets = snapshots.current().memo(
                List.of(AttributePivot.class, new Identity(data)),
                () -> AttributePivot.netAmounts(data.customers()));
        return attributePivot.of(data.customers(), nets, data::infoOf, rows, columns,
                SegmentMembers.lifecycle(report, LifecycleStage.LAPSED));
    }

    private Map<String, MonthlyAmount> monthlyAmounts(SegmentData data) {
        Map<String, MonthlyAmount> amounts = new java.util.HashMap<>(data.customers().size() * 2);
        data.customers().forEach(customer -> amounts.put(customer.customerKey(),
                monthlyAmountRule.evaluate(customer, data.asOf(), MonthlyAmountRule.DEFAULT_THRESHOLD)));
        return amounts;
    }

    /** Key accounts alone, for the weights edited in place: cheaper than the whole report. */
    public KeyAccountResult rescoreKeyAccounts(SegmentData data, SegmentOptions options) {
        return keyAccounts.score(data.customers(), data.isEmpty() ? LocalDate.EPOCH : data.asOf(), options.weights(),
                options.cutoffs());
    }

    private Map<String, LifecycleStage> stages(SegmentData data, SegmentOptions options) {
        List<CustomerLapse> lapses = lapseAnalysis.customers(data.histories(),
                key -> CustomerAttribute.TYPE.of(data.infoOf(key)), data.asOf(), options.window(), NO_RANKING).customers();
        Map<String, CustomerLapse> lapseByKey = lapses.stream()
                .collect(Collectors.toMap(CustomerLapse::customerKey, Function.identity()));
        Map<String, LifecycleStage> stages = new java.util.HashMap<>();
        for (CustomerLines customer : data.customers()) {
            CustomerLapse lapse = lapseByKey.get(customer.customerKey());
            if (lapse != null) {
                stages.put(customer.customerKey(),
                        lifecycle.stageOf(customer, lapse, data.asOf(), options.newMonths()));
            }
        }
        return stages;
    }

    private static List<LifecycleCount> counts(Map<String, LifecycleStage> stages) {
        Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            counts.put(stage, 0L);
        }
        stages.values().forEach(stage -> counts.merge(stage, 1L, Long::sum));
        List<LifecycleCount> list = new ArrayList<>();
        counts.forEach((stage, count) -> list.add(new LifecycleCount(stage, count)));
        return list;
    }

    private static List<SegmentRow> rows(SegmentData data, RfmResult rfm, ValueTierResult tiers,
                                         KeyAccountResult accounts, Map<String, LifecycleStage> stages) {
        Map<String, CustomerRfm> rfmByKey = rfm.customers().stream()
                .collect(Collectors.toMap(CustomerRfm::customerKey, Function.identity()));
        Map<String, CustomerTier> tierByKey = tiers.customers().stream()
                .collect(Collectors.toMap(CustomerTier::customerKey, Function.identity()));
        Map<String, CustomerKeyAccount> accountByKey = accounts.customers().stream()
                .collect(Collectors.toMap(CustomerKeyAccount::customerKey, Function.identity()));
        return data.customers().stream().map(CustomerLines::customerKey).map(key -> new SegmentRow(key,
                data.infoOf(key), rfmByKey.get(key),
                tierByKey.containsKey(key) ? tierByKey.get(key).tier() : null,
                accountByKey.get(key), stages.get(key))).toList();
    }
}
