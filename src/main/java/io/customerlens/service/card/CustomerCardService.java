package io.customerlens.service.card;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.card.CardBadgeRules;
import io.customerlens.analysis.card.CardBadges;
import io.customerlens.analysis.card.CardFigureRules;
import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.card.MonthBars;
import io.customerlens.analysis.card.ProductTrends;
import io.customerlens.analysis.card.StoppedBuying;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.segments.CustomerTier;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.store.Database;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One customer's card (客户管理卡) and raw lines. The lapse figures and segments are those of the Lapse and
 * Segments pages: segments need the whole population (thresholds, shares, min–max), so both are computed
 * over every customer through {@link LapseService} and {@link SegmentService} and this customer is picked
 * out. Call off the FX thread.
 */
public class CustomerCardService {

    private final AnalysisSnapshots snapshots;
    private final LapseService lapseService;
    private final SegmentService segmentService;
    private final CustomerTasks tasks;
    private final ContactService contacts;
    private final CustomerAnalysis customerAnalysis = new CustomerAnalysis();
    private final CardFigureRules figureRules = new CardFigureRules();
    private final CardBadgeRules badgeRules = new CardBadgeRules();
    private final MonthBars monthBars = new MonthBars();
    private final ProductTrends productTrends = new ProductTrends();
    private final StoppedBuying stoppedBuying = new StoppedBuying();

    public CustomerCardService(Database database, LapseService lapseService, SegmentService segmentService) {
        this(database, lapseService, segmentService, CustomerTasks.NONE);
    }

    /** @param tasks the customer's follow-up history and open tasks (issue 6), {@link CustomerTasks#NONE} without */
    public CustomerCardService(Database database, LapseService lapseService, SegmentService segmentService,
                               CustomerTasks tasks) {
        this(new AnalysisSnapshots(database), lapseService, segmentService, tasks,
                new ContactService(database, Clock.systemDefaultZone()));
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public CustomerCardService(AnalysisSnapshots snapshots, LapseService lapseService, SegmentService segmentService,
                               CustomerTasks tasks) {
        this(snapshots, lapseService, segmentService, tasks, ContactService.NONE);
    }

    /** @param contacts the customers' contacts, shown and edited on the card */
    public CustomerCardService(AnalysisSnapshots snapshots, LapseService lapseService, SegmentService segmentService,
                               CustomerTasks tasks, ContactService contacts) {
        this.contacts = contacts;
        this.snapshots = snapshots;
        this.lapseService = lapseService;
        this.segmentService = segmentService;
        this.tasks = tasks;
    }

    /** The customers' contacts (the card shows and edits them; the side panel and printed lists show them). */
    public ContactService contacts() {
        return contacts;
    }

    /** The card with the default segment options (the window N set to {@code window}). */
    public CustomerCard card(String customerKey, Optional<LocalDate> asOf, LapseWindow window) {
        SegmentOptions defaults = SegmentOptions.defaults();
        return card(customerKey, asOf, new SegmentOptions(defaults.rfm(), defaults.tiers(), defaults.weights(),
                defaults.cutoffs(), window, defaults.newMonths()));
    }

    /**
     * @param asOf    empty = the latest date of any stored line
     * @param options the segment choices; its window N is the card's
     * @throws UnknownCustomerException when the store has no such customer, or it had no purchase by then
     */
    public CustomerCard card(String customerKey, Optional<LocalDate> asOf, SegmentOptions options) {
        return card(customerKey, asOf, options, true);
    }

    /**
     * The card at once: as {@link #card(String, Optional, SegmentOptions)} when the chance of no order is learned
     * for the window, otherwise with the chance and the value still unknown ({@link CustomerCard#chancePending()}),
     * so a new N shows its figures without waiting for learning; ask {@link #card} for the rest.
     */
    public CustomerCard firstCard(String customerKey, Optional<LocalDate> asOf, SegmentOptions options) {
        return card(customerKey, asOf, options, false);
    }

    private CustomerCard card(String customerKey, Optional<LocalDate> asOf, SegmentOptions options,
                              boolean waitForChance) {
        AnalysisSnapshot snapshot = snapshots.current();
        if (!snapshot.hasCustomer(customerKey)) {
            throw new UnknownCustomerException(customerKey, null);
        }
        // The population's figures (thresholds, shares, min–max) come memoised from the snapshot: moving from
        // one customer to the next computes nothing again.
        LapseData lapseData = lapseService.load(asOf);
        if (lapseData.isEmpty()) {
            throw new UnknownCustomerException(customerKey, asOf.orElse(null));
        }

        LocalDate date = lapseData.asOf();
        LapseReport report = waitForChance ? lapseService.analyse(lapseData, options.window())
                : lapseService.firstReport(lapseData, options.window());
        LapseRow lapseRow = report.customers().stream()
                .filter(row -> row.key().equals(customerKey)).findFirst()
                .orElseThrow(() -> new UnknownCustomerException(customerKey, date));
        CustomerLapse lapse = lapseRow.lapse();
        SegmentReport segments = segmentService.analyse(segmentService.load(Optional.of(date)), options);
        SegmentRow row = segments.customers().stream().filter(r -> r.key().equals(customerKey)).findFirst()
                .orElseThrow(() -> new UnknownCustomerException(customerKey, date));
        CustomerTier tier = segments.valueTiers().customers().stream()
                .filter(t -> t.customerKey().equals(customerKey)).findFirst().orElse(null);
        CardBadges badges = new CardBadges(badgeRules.lifecycle(row.lifecycle(), lapse),
                badgeRules.rfm(row.rfm(), segments.rfm().thresholds()),
                badgeRules.valueTier(tier, options.tiers()),
                badgeRules.keyAccount(row.keyAccount(), options.cutoffs()));

        CustomerSummary summary = customerAnalysis.summarize(snapshot.linesOf(customerKey), date).getFirst();
        List<CustomerSalesLine> lines = snapshot.customerLinesUpTo(customerKey, date);
        CustomerInfo info = lapseData.infoOf(customerKey);
        return new CustomerCard(customerKey, info, date, options.window(), badges,
                figureRules.of(summary, lapse, lines), monthBars.of(lapse, CustomerCard.CHART_MONTHS),
                productTrends.topProducts(lines, date, CustomerCard.TOP_PRODUCTS),
                productTrends.topCategories(lines, date, CustomerCard.TOP_CATEGORIES),
                stoppedBuying.of(lines, date, options.window()), lapse.gaps(), tasks.of(customerKey),
                lapseRow.risk(), lapseRow.value(), report.chancePending());
    }

    /**
     * A page of the customer's raw lines (all stored lines, whatever the as-of date), newest first.
     *
     * @param offset lines to skip (≥ 0)
     * @param limit  at most this many lines (≥ 1)
     */
    public SalesLinePage lines(String customerKey, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be ≥ 0 and limit ≥ 1, not " + offset + ", " + limit);
        }
        AnalysisSnapshot snapshot = snapshots.current();
        return new SalesLinePage(snapshot.customerLinesNewestFirst(customerKey, offset, limit), offset, limit,
                snapshot.customerLineCount(customerKey));
    }

    /** Whether the store holds a customer with this key. */
    public boolean exists(String customerKey) {
        return snapshots.current().hasCustomer(customerKey);
    }
}
