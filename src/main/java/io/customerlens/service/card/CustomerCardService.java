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
import io.customerlens.domain.LineFact;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.CustomerLineStore;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

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

    private final SalesStore store;
    private final CustomerLineStore lineStore;
    private final LapseService lapseService;
    private final SegmentService segmentService;
    private final CustomerTasks tasks;
    private final CustomerAnalysis customerAnalysis = new CustomerAnalysis();
    private final CardFigureRules figureRules = new CardFigureRules();
    private final CardBadgeRules badgeRules = new CardBadgeRules();
    private final MonthBars monthBars = new MonthBars();
    private final ProductTrends productTrends = new ProductTrends();
    private final StoppedBuying stoppedBuying = new StoppedBuying();
    private final PopulationCache<PopulationKey, Population> populations = new PopulationCache<>();

    public CustomerCardService(Database database, LapseService lapseService, SegmentService segmentService) {
        this(database, lapseService, segmentService, CustomerTasks.NONE);
    }

    /** @param tasks the customer's follow-up history and open tasks (issue 6), {@link CustomerTasks#NONE} without */
    public CustomerCardService(Database database, LapseService lapseService, SegmentService segmentService,
                               CustomerTasks tasks) {
        this.store = new SalesStore(database);
        this.lineStore = new CustomerLineStore(database);
        this.lapseService = lapseService;
        this.segmentService = segmentService;
        this.tasks = tasks;
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
        Population population = populations.get(new PopulationKey(store.latestBatchId(), asOf, options),
                () -> population(asOf, options));
        SalesStore.CustomerData stored = population.stored();
        if (stored.customers().stream().noneMatch(customer -> customer.key().equals(customerKey))) {
            throw new UnknownCustomerException(customerKey, null);
        }
        if (population.lapseData().isEmpty()) {
            throw new UnknownCustomerException(customerKey, asOf.orElse(null));
        }
        LapseData lapseData = population.lapseData();
        LocalDate date = lapseData.asOf();
        CustomerLapse lapse = population.lapses().customers().stream()
                .filter(row -> row.key().equals(customerKey)).map(LapseRow::lapse).findFirst()
                .orElseThrow(() -> new UnknownCustomerException(customerKey, date));
        SegmentReport segments = population.segments();
        SegmentRow row = segments.customers().stream().filter(r -> r.key().equals(customerKey)).findFirst()
                .orElseThrow(() -> new UnknownCustomerException(customerKey, date));
        CustomerTier tier = segments.valueTiers().customers().stream()
                .filter(t -> t.customerKey().equals(customerKey)).findFirst().orElse(null);
        CardBadges badges = new CardBadges(badgeRules.lifecycle(row.lifecycle(), lapse),
                badgeRules.rfm(row.rfm(), segments.rfm().thresholds()),
                badgeRules.valueTier(tier, options.tiers()),
                badgeRules.keyAccount(row.keyAccount(), options.cutoffs()));

        List<LineFact> facts = stored.facts().stream().filter(fact -> customerKey.equals(fact.customerKey())).toList();
        CustomerSummary summary = customerAnalysis.summarize(facts, date).getFirst();
        List<CustomerSalesLine> lines = lineStore.linesUpTo(customerKey, date);
        CustomerInfo info = lapseData.infoOf(customerKey);
        return new CustomerCard(customerKey, info, date, options.window(), badges,
                figureRules.of(summary, lapse, lines), monthBars.of(lapse, CustomerCard.CHART_MONTHS),
                productTrends.topProducts(lines, date, CustomerCard.TOP_PRODUCTS),
                productTrends.topCategories(lines, date, CustomerCard.TOP_CATEGORIES),
                stoppedBuying.of(lines, date, options.window()), lapse.gaps(), tasks.of(customerKey));
    }

    /** Every customer's lapse figures and segments, from one read of the store. */
    private Population population(Optional<LocalDate> asOf, SegmentOptions options) {
        SalesStore.CustomerData stored = store.customerData();
        LapseData lapseData = lapseService.from(stored, asOf);
        if (lapseData.isEmpty()) {
            return new Population(stored, lapseData, null, null);
        }
        return new Population(stored, lapseData, lapseService.analyse(lapseData, options.window()),
                segmentService.analyse(segmentService.from(stored, Optional.of(lapseData.asOf())), options));
    }

    private record PopulationKey(long storeRevision, Optional<LocalDate> asOf, SegmentOptions options) {
    }

    private record Population(SalesStore.CustomerData stored, LapseData lapseData, LapseReport lapses,
                              SegmentReport segments) {
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
        CustomerLineStore.Page page = lineStore.page(customerKey, offset, limit);
        return new SalesLinePage(page.lines(), offset, limit, page.total());
    }

    /** Whether the store holds a customer with this key. */
    public boolean exists(String customerKey) {
        return lineStore.customer(customerKey).isPresent();
    }
}
