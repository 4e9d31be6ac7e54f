package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.BcgPeriodChoice;
import io.customerlens.analysis.products.BcgPeriods;
import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgThresholds;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.MonthSales;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.charts.QuadrantNames;
import io.customerlens.ui.charts.QuadrantScatter;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;
import io.customerlens.ui.common.ReadOnce;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The Products page's state: the BCG matrix for the unit, period and thresholds chosen, its chart and
 * tables, and the picked unit's top customers and monthly trend. The store is read once; every choice
 * recomputes in memory. Unit, period and as-of date are the shared analysis settings: picked here, they are
 * what every page and printout uses; a change made elsewhere shows here.
 */
public final class ProductsViewModel {

    /** How many of a unit's customers are listed. */
    static final int TOP_CUSTOMERS = 20;

    private final ProductService service;
    private final Messages messages;
    private final CustomerOpener opener;
    private final BcgScatter scatterMaker;
    private final ReadingFormat ratios;
    private final ThresholdInput thresholdInput;
    private final ReadOnce<ProductData> store;

    private final ObjectProperty<BcgUnit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ObjectProperty<ComparisonPeriod> period =
            new SimpleObjectProperty<>(this, "period", ComparisonPeriod.LAST_12_MONTHS);
    private final ReadOnlyObjectWrapper<BigDecimal> shareThreshold = new ReadOnlyObjectWrapper<>(this, "shareThreshold");
    private final ReadOnlyObjectWrapper<BigDecimal> growthThreshold = new ReadOnlyObjectWrapper<>(this, "growthThreshold");
    private final ObjectProperty<BcgRow> selectedUnit = new SimpleObjectProperty<>(this, "selectedUnit");
    private final ReadOnlyObjectWrapper<BcgResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<QuadrantScatter> scatter =
            new ReadOnlyObjectWrapper<>(this, "scatter", QuadrantScatter.EMPTY);
    private final ReadOnlyObjectWrapper<MonthlySeries> unitTrend =
            new ReadOnlyObjectWrapper<>(this, "unitTrend", emptyTrend());
    private final ObservableList<BcgUnit> units = FXCollections.observableArrayList();
    /** The comparison periods the data's history fills (BcgPeriods). */
    private final ObservableList<ComparisonPeriod> periods = FXCollections.observableArrayList();
    /** False when no period fits the history: no unit has a growth, so none is placed on the chart. */
    private final ReadOnlyBooleanWrapper growthComparable = new ReadOnlyBooleanWrapper(this, "growthComparable", true);
    private final ReadOnlyStringWrapper periodNote = new ReadOnlyStringWrapper(this, "periodNote", "");
    private final ReadOnlyStringWrapper growthMeaning = new ReadOnlyStringWrapper(this, "growthMeaning", "");
    private final ObservableList<BcgRow> activeUnits = FXCollections.observableArrayList();
    private final ObservableList<BcgRow> discontinuedUnits = FXCollections.observableArrayList();
    private final ObservableList<UnitCustomer> unitCustomers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper thresholdsText = new ReadOnlyStringWrapper(this, "thresholdsText", "");
    private final ReadOnlyStringWrapper periodsText = new ReadOnlyStringWrapper(this, "periodsText", "");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ObjectProperty<DetailTab> detailTab = new SimpleObjectProperty<>(this, "detailTab", DetailTab.TOP_CUSTOMERS);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** Set while a result is being shown, so setting the unit it was computed for does not compute again. */
    private boolean showing;
    private final AnalysisChoices analysis;
    private final AppSettings.Subscription subscription;
    /** The settings of the matrix computed last: only a change of the as-of date, unit or period computes again. */
    private AnalysisSettings computedWith;
    private final StoppedBuyersList stoppedBuyers;

    public ProductsViewModel(ProductService service, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                             StoreChanges storeChanges, CustomerOpener opener) {
        this.service = service;
        this.analysis = analysis;
        this.messages = messages;
        this.opener = opener;
        this.scatterMaker = new BcgScatter(messages);
        this.ratios = new ReadingFormat(messages.locale());
        this.thresholdInput = new ThresholdInput(messages.locale());
        this.store = new ReadOnce<>(runner, this::failed);
        this.stoppedBuyers = new StoppedBuyersList(messages);
        unit.set(analysis.get().bcgUnit().orElse(null));
        period.set(analysis.get().bcgPeriod());
        unit.addListener((observable, before, after) -> {
            if (!showing && after != null) {
                analysis.update(shared -> shared.withBcgUnit(Optional.of(after)));
            }
        });
        period.addListener((observable, before, after) -> {
            if (!showing && after != null) {
                analysis.update(shared -> shared.withBcgPeriod(after));
            }
        });
        this.subscription = analysis.subscribe(this::follow);
        selectedUnit.addListener((observable, before, picked) -> showDetail(picked));
        detailTab.addListener((observable, before, after) -> showDetailTitle(selectedUnit.get()));
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    /** False until the sales have been read once (the tables are then not ready rather than empty). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return store.loadedProperty();
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    /** A change of the shared settings: a new as-of date reads again, a new unit or period computes again. */
    private void follow(AnalysisSettings shared) {
        if (computedWith == null) {
            return;
        }
        if (!shared.bcgUnit().equals(computedWith.bcgUnit())) {
            // A hand-set share is an amount of one unit's sales: meaningless for products after categories.
            shareThreshold.set(null);
        }
        if (!shared.asOf().equals(computedWith.asOf())) {
            refresh();
        } else if (!shared.bcgUnit().equals(computedWith.bcgUnit()) || shared.bcgPeriod() != computedWith.bcgPeriod()) {
            reanalyse();
        } else if (!shared.lapseWindow().equals(computedWith.lapseWindow())) {
            // N sets who "stopped buying" the picked unit; nothing else on the page depends on it.
            computedWith = shared;
            showDetail(selectedUnit.get());
        }
    }

    /** Reads the store in the background and draws the matrix for the choices in force. */
    public void refresh() {
        AnalysisSettings shared = analysis.get();
        computedWith = shared;
        BcgOptions options = options(shared);
        store.read(messages.get("products.view.loading"), context -> service.load(shared.asOf()),
                data -> analyse(data, options), this::show);
    }

    private void reanalyse() {
        AnalysisSettings shared = analysis.get();
        computedWith = shared;
        BcgOptions options = options(shared);
        store.analyse(messages.get("products.view.analysing"), data -> analyse(data, options), this::show);
    }

    /**
     * Sets the thresholds from what the user typed: a sales amount and a growth in percent; blank means
     * automatic. Returns false (and says why in the notice) when either cannot be read; nothing changes then.
     */
    public boolean applyThresholds(String shareText, String growthPercentText) {
        Optional<Optional<BigDecimal>> share = thresholdInput.amount(shareText);
        Optional<Optional<BigDecimal>> growth = thresholdInput.percent(growthPercentText);
        if (share.isEmpty() || growth.isEmpty()) {
            notice.set(messages.format("products.view.thresholdUnreadable",
                    share.isEmpty() ? shareText : growthPercentText));
            return false;
        }
        notice.set("");
        shareThreshold.set(share.get().orElse(null));
        growthThreshold.set(growth.get().orElse(null));
        reanalyse();
        return true;
    }

    /** Back to the contract's thresholds: the mean unit's sales and the growth of total sales. */
    public void automaticThresholds() {
        applyThresholds("", "");
    }

    /** The unit and period of the settings (a null unit: the data's default) with the page's thresholds. */
    private BcgOptions options(AnalysisSettings shared) {
        return new BcgOptions(shared.bcgUnit().orElse(null), shared.bcgPeriod(), shareThreshold.get(),
                growthThreshold.get());
    }

    private Analysis analyse(ProductData data, BcgOptions asked) {
        // The unit asked for when the data has it, else the data's default.
        BcgOptions options = asked.unit() == null || !data.sales().hasUnit(asked.unit())
                ? asked.withUnit(data.defaultUnit()) : asked;
        List<BcgUnit> present = Arrays.stream(BcgUnit.values()).filter(data.sales()::hasUnit).toList();
        BcgPeriodChoice choice = data.isEmpty() ? NO_DATA
                : BcgPeriods.choose(data.sales().firstDate().orElse(data.asOf()), data.asOf());
        // The period asked for when the history fills it, else the longest that fits; with none, the shortest
        // pair still lists the units by sales, but growth is not compared.
        ComparisonPeriod shown = Optional.ofNullable(choice.keepOr(options.period())).orElse(ComparisonPeriod.LAST_3_MONTHS);
        BcgResult matrix = service.bcg(data, options.withPeriod(shown));
        QuadrantScatter drawn = choice.anyFits() ? scatterMaker.of(matrix) : QuadrantScatter.EMPTY;
        return new Analysis(data.isEmpty(), present, choice, matrix, drawn);
    }

    private void show(Analysis analysis) {
        showing = true;
        try {
            if (!units.equals(analysis.units())) {
                units.setAll(analysis.units());
            }
            unit.set(analysis.result().unit());
            List<ComparisonPeriod> offered = analysis.empty() || !analysis.periods().anyFits()
                    ? List.of(analysis.result().period()) : analysis.periods().fitting();
            if (!periods.equals(offered)) {
                periods.setAll(offered);
            }
            period.set(analysis.result().period());
        } finally {
            showing = false;
        }
        notice.set(analysis.empty() ? messages.get("products.view.empty") : "");
        result.set(analysis.result());
        scatter.set(analysis.scatter());
        activeUnits.setAll(analysis.result().active());
        discontinuedUnits.setAll(analysis.result().discontinued());
        thresholdsText.set(analysis.empty() ? "" : thresholdsText(analysis.result().thresholds()));
        growthComparable.set(analysis.empty() || analysis.periods().anyFits());
        periodNote.set(analysis.empty() ? "" : periodNote(analysis.periods(), analysis.result()));
        growthMeaning.set(analysis.empty() || !analysis.periods().anyFits() ? ""
                : growthMeaning(analysis.result().thresholds()));
        periodsText.set(analysis.empty() ? "" : periodsText(analysis.result()));
        selectedUnit.set(null);
    }

    private String thresholdsText(BcgThresholds thresholds) {
        String share = thresholds.shareSales() == null ? messages.get("products.view.threshold.none")
                : messages.format(thresholds.shareByHand() ? "products.view.threshold.shareByHand"
                : "products.view.threshold.shareAuto", messages.amount(thresholds.shareSales()));
        String growth = thresholds.growth() == null ? messages.get("products.view.threshold.growthNone")
                : messages.format(thresholds.growthByHand() ? "products.view.threshold.growthByHand"
                : "products.view.threshold.growthAuto", ratios.percent(thresholds.growth()));
        return messages.format("products.view.thresholds", share, growth);
    }

    /**
     * Why the page compares fewer than 12 months, or cannot compare at all: said on the page, since a
     * salesperson expects "last 12 months against the 12 before".
     */
    private String periodNote(BcgPeriodChoice choice, BcgResult matrix) {
        if (!choice.anyFits()) {
            return messages.format("products.view.periodNote.none", choice.historyMonths());
        }
        if (choice.fitting().contains(ComparisonPeriod.LAST_12_MONTHS)) {
            return "";
        }
        return messages.format("products.view.periodNote.short", choice.historyMonths(),
                messages.get(matrix.period().messageKey()));
    }

    /** When the whole shrank, "high growth" means shrinking less than it: said in words, not left to a minus sign. */
    private String growthMeaning(BcgThresholds thresholds) {
        if (thresholds.growth() == null || thresholds.growth().signum() >= 0) {
            return "";
        }
        String fall = ratios.percent(thresholds.growth().negate());
        return messages.format(thresholds.growthByHand() ? "products.view.growthMeaning.byHand"
                : "products.view.growthMeaning.falling", fall);
    }

    private String periodsText(BcgResult matrix) {
        return messages.format("products.view.periods",
                messages.date(matrix.periods().current().from()), messages.date(matrix.periods().current().to()),
                messages.date(matrix.periods().previous().from()), messages.date(matrix.periods().previous().to()),
                messages.amount(matrix.totalCurrent()), messages.amount(matrix.totalPrevious()),
                matrix.totalGrowth() == null ? messages.get("products.view.growthUndefined")
                        : ratios.growth(matrix.totalGrowth()));
    }

    private void showDetail(BcgRow picked) {
        unitCustomers.clear();
        stoppedBuyers.clear();
        unitTrend.set(emptyTrend());
        showDetailTitle(picked);
        if (picked == null || result.get() == null) {
            return;
        }
        BcgUnit shownUnit = result.get().unit();
        ComparisonPeriod shownPeriod = result.get().period();
        LapseWindow window = analysis.get().lapseWindow();
        store.analyse(messages.get("products.view.analysing"), data -> new UnitDetail(picked,
                        service.topCustomers(data, shownUnit, picked.key(), shownPeriod, TOP_CUSTOMERS),
                        service.unitTrend(data, shownUnit, picked.key()),
                        service.stoppedCustomers(data, shownUnit, picked.key(), window)),
                detail -> {
                    // A later click may have picked another unit while this one was computed.
                    if (detail.unit().equals(selectedUnit.get())) {
                        unitCustomers.setAll(detail.customers());
                        stoppedBuyers.show(detail.unit().label(), window, detail.stopped());
                        unitTrend.set(trend(detail.unit().label(), detail.months()));
                    }
                });
    }

    /** The heading names the open tab's list for the picked unit ("Customers who stopped buying 绿茶"). */
    private void showDetailTitle(BcgRow picked) {
        detailTitle.set(picked == null || result.get() == null ? ""
                : messages.format(detailTab.get().titleKey(), picked.label()));
    }

    private static MonthlySeries trend(String name, List<MonthSales> months) {
        SequencedMap<String, List<Number>> line = new LinkedHashMap<>();
        line.put(name, months.stream().map(month -> (Number) month.netSales()).toList());
        return MonthlySeries.lines(months.stream().map(MonthSales::month).toList(), line);
    }

    private static MonthlySeries emptyTrend() {
        return MonthlySeries.lines(List.of(), new LinkedHashMap<String, List<Number>>());
    }

    private void failed(Throwable failure) {
        notice.set(messages.format("products.view.loadFailed", FailureReport.describe(messages, failure)));
    }

    /** Picks the unit drawn as point {@code index} of chart group {@code group} (a click on the chart). */
    public void pickPoint(int group, int index) {
        if (result.get() != null) {
            BcgScatter.rowAt(result.get(), group, index).ifPresent(selectedUnit::set);
        }
    }

    /**
     * Opens the customer list filtered to the customers who bought the picked unit in the matrix's current period
     * (a double-click on its bubble). Nothing happens while no unit is picked.
     */
    public void drillBuyers() {
        BcgRow picked = selectedUnit.get();
        if (picked == null || result.get() == null) {
            return;
        }
        BcgUnit shownUnit = result.get().unit();
        ComparisonPeriod shownPeriod = result.get().period();
        store.analyse(messages.get("drill.finding"), "drill", data -> new io.customerlens.domain.CustomerDrill(
                        messages.format("drill.label.buyers", picked.label(),
                                messages.date(shownPeriod.spans(data.asOf()).current().from()),
                                messages.date(shownPeriod.spans(data.asOf()).current().to())),
                        service.buyers(data, shownUnit, picked.key(), shownPeriod)),
                opener::drill);
    }

    /** Double-click or Enter on one of the unit's customers. */
    public void open(String customerKey) {
        opener.open(customerKey);
    }

    public QuadrantNames quadrantNames() {
        return scatterMaker.corners();
    }

    /** "New" for a new unit, else its growth with an arrow. */
    public String growthText(BcgRow row) {
        return scatterMaker.growthText(row);
    }

    public ObjectProperty<BcgUnit> unitProperty() {
        return unit;
    }

    /** The units the data has values for (sub-categories only when some product has one). */
    public ObservableList<BcgUnit> units() {
        return units;
    }

    public ObjectProperty<ComparisonPeriod> periodProperty() {
        return period;
    }

    /** The periods the data's history fills: 12 vs 12 months and year to date need two years, 6 vs 6 one. */
    public ObservableList<ComparisonPeriod> periods() {
        return periods;
    }

    /** False when the history is too short for any comparison: the chart then makes way for {@link #periodNoteProperty}. */
    public ReadOnlyBooleanProperty growthComparableProperty() {
        return growthComparable.getReadOnlyProperty();
    }

    /** Which comparison the history allows, when it is not the usual 12 against 12 months; else empty. */
    public ReadOnlyStringProperty periodNoteProperty() {
        return periodNote.getReadOnlyProperty();
    }

    /** What "high growth" means when total sales fell; else empty. */
    public ReadOnlyStringProperty growthMeaningProperty() {
        return growthMeaning.getReadOnlyProperty();
    }

    /** The share threshold set by hand (an amount of current sales); null when automatic. */
    public ReadOnlyObjectProperty<BigDecimal> shareThresholdProperty() {
        return shareThreshold.getReadOnlyProperty();
    }

    public ObjectProperty<BcgRow> selectedUnitProperty() {
        return selectedUnit;
    }

    public ReadOnlyObjectProperty<QuadrantScatter> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonthlySeries> unitTrendProperty() {
        return unitTrend.getReadOnlyProperty();
    }

    /** Units that sold in the current period, largest first. */
    public ObservableList<BcgRow> activeUnits() {
        return activeUnits;
    }

    /** Units that sold before but nothing (net) in the current period. */
    public ObservableList<BcgRow> discontinuedUnits() {
        return discontinuedUnits;
    }

    public ObservableList<UnitCustomer> unitCustomers() {
        return unitCustomers;
    }

    public ReadOnlyStringProperty thresholdsTextProperty() {
        return thresholdsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodsTextProperty() {
        return periodsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    /** The tab open under the picked unit; the view keeps it in step with its tab pane. */
    public ObjectProperty<DetailTab> detailTabProperty() {
        return detailTab;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private static final BcgPeriodChoice NO_DATA = new BcgPeriodChoice(0, List.of(), null);

    private record Analysis(boolean empty, List<BcgUnit> units, BcgPeriodChoice periods, BcgResult result,
                            QuadrantScatter scatter) {
    }

    /** The picked unit's customers who stopped buying it (with N of the shared settings). */
    public StoppedBuyersList stoppedBuyers() {
        return stoppedBuyers;
    }

    private record UnitDetail(BcgRow unit, List<UnitCustomer> customers, List<MonthSales> months,
                              List<StoppedCustomer> stopped) {
    }
}
