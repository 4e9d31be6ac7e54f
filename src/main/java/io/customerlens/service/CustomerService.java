package io.customerlens.service;

import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.Database;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers with their figures, for the Customers view and the analyze export. Call off the FX thread. */
public class CustomerService {

    private final AnalysisSnapshots snapshots;
    private final CustomerAnalysis analysis;
    private final SegmentService segments;
    private final LapseService lapses;

    public CustomerService(Database database, CustomerAnalysis analysis) {
        this(database, analysis, null);
    }

    /** @param segments computes each customer's segments for {@link #overview(Optional)}; null = none */
    public CustomerService(Database database, CustomerAnalysis analysis, SegmentService segments) {
        this(new AnalysisSnapshots(database), analysis, segments);
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public CustomerService(AnalysisSnapshots snapshots, CustomerAnalysis analysis, SegmentService segments) {
        this(snapshots, analysis, segments, null);
    }

    /** @param lapses gives each customer's chance of no order for the list (the Lapse page's); null = none */
    public CustomerService(AnalysisSnapshots snapshots, CustomerAnalysis analysis, SegmentService segments,
                           LapseService lapses) {
        this.snapshots = snapshots;
        this.analysis = analysis;
        this.segments = segments;
        this.lapses = lapses;
    }

    /** The salesperson choice over this service's snapshot, shared with every service over the same store. */
    public SalespersonScope salespersonScope() {
        return new SalespersonScope(snapshots);
    }

    /**
     * Every customer with a purchase up to the as-of date, with its stored attributes.
     *
     * @param asOf empty = the latest date of any stored line
     */
    public CustomerOverview overview(Optional<LocalDate> asOf) {
        return overview(asOf, SegmentOptions.defaults());
    }

    /**
     * The same with the segments computed with {@code options}, so the list shows the segments of every other page.
     *
     * @param asOf empty = the latest date of any stored line
     */
    public CustomerOverview overview(Optional<LocalDate> asOf, SegmentOptions options) {
        AnalysisSnapshot snapshot = snapshots.current();
        Optional<LocalDate> effective = asOf.or(snapshot::lastDate);
        return snapshot.memo(List.of(CustomerOverview.class, effective, options),
                () -> overview(snapshot, effective, options));
    }

    /**
     * The list as soon as it can be had: the whole overview when the snapshot already holds it, else every customer's
     * own figures with the segments and the chance still to come ({@link CustomerSegments#NONE}, NaN), which takes a
     * fraction of a second where the segments take seconds at a million lines. Computes no segments.
     *
     * @return the overview, and whether its segments are still to come
     */
    public FirstOverview firstOverview(Optional<LocalDate> asOf, SegmentOptions options) {
        AnalysisSnapshot snapshot = snapshots.current();
        Optional<LocalDate> effective = asOf.or(snapshot::lastDate);
        if (segments == null || effective.isEmpty()
                || snapshot.hasMemo(List.of(CustomerOverview.class, effective, options))) {
            return new FirstOverview(overview(asOf, options), false);
        }
        return new FirstOverview(withoutSegments(snapshot, effective), true);
    }

    /** {@link #firstOverview}'s answer: with {@code segmentsPending}, ask {@link #overview} for the rest. */
    public record FirstOverview(CustomerOverview overview, boolean segmentsPending) {
    }

    private CustomerOverview overview(AnalysisSnapshot snapshot, Optional<LocalDate> asOf, SegmentOptions options) {
        CustomerOverview overview = withoutSegments(snapshot, asOf);
        if (segments == null || overview.asOf() == null) {
            return overview;
        }
        Map<String, CustomerSegments> byKey = segmentsByKey(segments.analyse(
                segments.load(Optional.of(overview.asOf())), options));
        Optional<LapseRisk> risk = Optional.ofNullable(lapses)
                .map(service -> service.risk(overview.asOf(), options.window().months()));
        return new CustomerOverview(overview.asOf(), overview.customers().stream()
                .map(row -> new CustomerRow(row.key(), row.info(), row.summary(),
                        byKey.getOrDefault(row.key(), CustomerSegments.NONE),
                        risk.map(known -> known.of(row.key()).probability()).orElse(Double.NaN)))
                .toList());
    }

    private static Map<String, CustomerSegments> segmentsByKey(SegmentReport report) {
        Map<String, CustomerSegments> byKey = new java.util.HashMap<>(report.customers().size() * 2);
        for (SegmentRow row : report.customers()) {
            byKey.put(row.key(), new CustomerSegments(row.rfm() == null ? null : row.rfm().segment(), row.valueTier(),
                    row.keyAccount() == null ? null : row.keyAccount().tier(), row.lifecycle()));
        }
        return byKey;
    }

    /** Figures without segments (the export computes segments itself), from the snapshot's summaries. */
    public CustomerOverview withoutSegments(AnalysisSnapshot snapshot, Optional<LocalDate> asOf) {
        Optional<LocalDate> effectiveAsOf = asOf.or(snapshot::lastDate);
        if (effectiveAsOf.isEmpty()) {
            return new CustomerOverview(null, List.of());
        }
        Map<String, CustomerInfo> infoByKey = snapshot.customerData().infoByKey();
        List<CustomerRow> rows = snapshot.summaries(effectiveAsOf.get()).stream()
                .map(summary -> new CustomerRow(summary.customerKey(),
                        infoByKey.getOrDefault(summary.customerKey(), CustomerInfo.EMPTY), summary))
                .toList();
        return new CustomerOverview(effectiveAsOf.get(), rows);
    }

    public boolean storeIsEmpty() {
        return snapshots.current().isEmpty();
    }


}
