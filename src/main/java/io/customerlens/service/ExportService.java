package io.customerlens.service;

import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.KpiGranularity;
import io.customerlens.analysis.products.KpiSeries;
import io.customerlens.domain.Contact;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Everything {@code analyze} exports, from one read of the store. Off the FX thread. */
public final class ExportService {

    private final AnalysisSnapshots snapshots;
    private final CustomerService customers;
    private final LapseService lapses;
    private final SegmentService segments;
    private final ProductService products;
    private final FollowUpService followUps;
    private final ContactService contacts;

    /** @param contacts the customers' contacts for customers.csv */
    public ExportService(AnalysisSnapshots snapshots, CustomerService customers, LapseService lapses, SegmentService segments,
                         ProductService products, FollowUpService followUps, ContactService contacts) {
        this.contacts = contacts;
        this.snapshots = snapshots;
        this.customers = customers;
        this.lapses = lapses;
        this.segments = segments;
        this.products = products;
        this.followUps = followUps;
    }

    /**
     * The customers' figures, lapses and segments as of one date (empty = the latest stored line date), the
     * products' BCG matrix for a unit (empty = the data's default unit), the monthly sales figures and the
     * follow-ups' win-back effect (default window), all from one snapshot of the store.
     */
    public CustomerExport export(Optional<LocalDate> asOf, LapseWindow window, SegmentOptions options,
                                 Optional<BcgUnit> bcgUnit) {
        return export(asOf, window, options, bcgUnit, ComparisonPeriod.LAST_12_MONTHS,
                EffectReport.DEFAULT_WINDOW_DAYS);
    }

    /**
     * The same with the BCG matrix over {@code bcgPeriod} and the win-back effect over {@code effectWindowDays}:
     * the choices of the shared analysis settings, so a file written agrees with the pages.
     */
    public CustomerExport export(Optional<LocalDate> asOf, LapseWindow window, SegmentOptions options,
                                 Optional<BcgUnit> bcgUnit, ComparisonPeriod bcgPeriod, int effectWindowDays) {
        AnalysisSnapshot snapshot = snapshots.current();
        // The learned chance and the value fits are the longest step and need nothing the other figures compute:
        // on a second core they overlap the overview, segments, products and effect (analyze at 1,000,000 lines,
        // docs/benchmarks.md). Both sides read the same snapshot; its memo computes nothing twice.
        FutureTask<LapseReport> learning = new FutureTask<>(() -> lapses.analyse(lapses.load(asOf), window));
        Thread.ofPlatform().daemon().name("customerlens-export-lapse").start(learning);
        CustomerOverview overview = customers.withoutSegments(snapshot, asOf);
        SegmentReport segment = segments.analyse(segments.load(asOf), options);
        ProductData productData = products.load(asOf);
        BcgResult bcg = products.bcg(productData, new BcgOptions(bcgUnit.orElseGet(productData::defaultUnit), bcgPeriod,
                null, null));
        KpiSeries monthly = products.kpis(productData, KpiGranularity.MONTH);
        EffectReport effect = followUps.effect(effectWindowDays);
        LapseReport lapse = outcome(learning);
        return new CustomerExport(overview, lapse, segment, new ProductExport(bcg, monthly), effect, contacts.contacts());
    }

    /** The lapse report once computed, failing as it failed. */
    private static LapseReport outcome(FutureTask<LapseReport> learning) {
        try {
            return learning.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the lapse figures were computed");
        }
    }

    /**
     * The views of the same customers, of the products and sales they bought, of the calls made to them, and how
     * to reach them (contacts by customer key, edited over imported).
     */
    public record CustomerExport(CustomerOverview overview, LapseReport lapse, SegmentReport segments,
                                 ProductExport products, EffectReport followUpEffect, Map<String, Contact> contacts) {
    }

    /** The BCG matrix and the monthly sales figures. */
    public record ProductExport(BcgResult bcg, KpiSeries monthly) {
    }
}
