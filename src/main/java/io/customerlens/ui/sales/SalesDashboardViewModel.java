package io.customerlens.ui.sales;

import io.customerlens.analysis.products.AnomalyResult;
import io.customerlens.analysis.products.AnomalyRule;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.KpiGranularity;
import io.customerlens.analysis.products.KpiRow;
import io.customerlens.analysis.products.KpiSeries;
import io.customerlens.analysis.products.ShareRow;
import io.customerlens.analysis.products.StructureDimension;
import io.customerlens.analysis.products.StructureResult;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.MissingColumns;
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

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sales part of Home: KPI tiles for the latest complete month with MoM and YoY, the 24-month trend
 * beside the year before, the structure of sales by a chosen dimension and the months flagged as
 * anomalies. The store is read once; choosing a dimension or period recomputes in memory.
 */
public final class SalesDashboardViewModel {

    private final ProductService service;
    private final Messages messages;
    private final KpiTiles tileMaker;
    private final SalesCharts chartMaker;
    private final ReadOnce<ProductData> store;

    /** The splits a distributor's file may lack, each with the import field that brings it. */
    private static final Map<StructureDimension, String> MISSING_FIELDS = orderedFields();

    private final ObjectProperty<StructureDimension> dimension =
            new SimpleObjectProperty<>(this, "dimension", StructureDimension.CATEGORY);
    private final ObjectProperty<ComparisonPeriod> period =
            new SimpleObjectProperty<>(this, "period", ComparisonPeriod.LAST_12_MONTHS);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyStringWrapper monthText = new ReadOnlyStringWrapper(this, "monthText", "");
    private final ReadOnlyStringWrapper structureText = new ReadOnlyStringWrapper(this, "structureText", "");
    private final ReadOnlyStringWrapper anomaliesText = new ReadOnlyStringWrapper(this, "anomaliesText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<KpiTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<StructureDimension> dimensions =
            FXCollections.observableArrayList(StructureDimension.values());
    private final ObservableList<ComparisonPeriod> periods = FXCollections.observableArrayList(ComparisonPeriod.values());
    private final ReadOnlyStringWrapper missingColumns = new ReadOnlyStringWrapper(this, "missingColumns", "");
    /** Set while a result is shown, so setting the dimension and period it was computed for does not compute again. */
    private boolean showing;
    private final ReadOnlyObjectWrapper<MonthlySeries> trend =
            new ReadOnlyObjectWrapper<>(this, "trend", SalesCharts.NO_MONTHS);
    private final ReadOnlyObjectWrapper<CategorySeries> structureChart =
            new ReadOnlyObjectWrapper<>(this, "structureChart", SalesCharts.NO_CATEGORIES);
    private final ObservableList<ShareRow> structureRows = FXCollections.observableArrayList();
    private final ObservableList<AnomalyLine> anomalies = FXCollections.observableArrayList();

    private final AnalysisChoices analysis;
    private final io.customerlens.ui.common.CustomerOpener opener;
    /** The month the tiles show; null before there is one. */
    private KpiRow tilesMonth;
    private final AppSettings.Subscription subscription;
    /** The as-of date of the figures read last (the shared setting): only its change reads again. */
    private Optional<java.time.LocalDate> readAsOf;

    /** @param opener opens the customers behind the "active customers" tile as the customer list */
    public SalesDashboardViewModel(ProductService service, AnalysisChoices analysis, TaskRunner runner,
                                   Messages messages, StoreChanges storeChanges,
                                   io.customerlens.ui.common.CustomerOpener opener) {
        this.service = service;
        this.opener = opener;
        this.analysis = analysis;
        this.messages = messages;
        this.tileMaker = new KpiTiles(messages);
        this.chartMaker = new SalesCharts(messages);
        this.store = new ReadOnce<>(runner, this::failed);
        dimension.addListener((observable, before, after) -> {
            if (!showing && after != null) {
                restructure();
            }
        });
        period.addListener((observable, before, after) -> {
            if (!showing && after != null) {
                restructure();
            }
        });
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
        this.subscription = analysis.subscribe(shared -> {
            if (readAsOf != null && !shared.asOf().equals(readAsOf)) {
                refresh();
            }
        });
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    /** Reads the store in the background, as of the shared as-of date, and computes everything the section shows. */
    public void refresh() {
        StructureDimension byDimension = dimension.get();
        ComparisonPeriod comparing = period.get();
        Optional<java.time.LocalDate> asOf = analysis.get().asOf();
        readAsOf = asOf;
        store.read(messages.get("sales.home.loading"), context -> service.load(asOf),
                data -> dashboard(data, byDimension, comparing), this::show);
    }

    private void restructure() {
        StructureDimension byDimension = dimension.get();
        ComparisonPeriod comparing = period.get();
        store.analyse(messages.get("sales.home.analysing"), data -> service.structure(data, byDimension, comparing),
                this::showStructure);
    }

    private Dashboard dashboard(ProductData data, StructureDimension byDimension, ComparisonPeriod comparing) {
        if (data.isEmpty()) {
            return new Dashboard(data, null, Optional.empty(), null, null, List.of(), List.of(), null);
        }
        KpiSeries months = service.kpis(data, KpiGranularity.MONTH);
        // Only the splits the data has values for, and only the comparisons its history fills.
        List<StructureDimension> present = service.dimensionsWithValues(data);
        StructureDimension shownDimension = present.contains(byDimension) ? byDimension
                : present.contains(StructureDimension.CATEGORY) ? StructureDimension.CATEGORY
                : present.isEmpty() ? byDimension : present.getFirst();
        LocalDate first = data.sales().firstDate().orElse(data.asOf());
        List<ComparisonPeriod> offered = Arrays.stream(ComparisonPeriod.values())
                .filter(candidate -> candidate.reaches(first, data.asOf())).toList();
        // Longest first in the enum's rolling order: 12, 6, 3 months, then the latest complete month.
        ComparisonPeriod shownPeriod = offered.contains(comparing) ? comparing
                : offered.stream().filter(candidate -> candidate != ComparisonPeriod.YEAR_TO_DATE).findFirst()
                .orElse(ComparisonPeriod.LATEST_COMPLETE_MONTH);
        return new Dashboard(data, months, months.latestComplete(), service.structure(data, shownDimension, shownPeriod),
                service.anomalies(data, AnomalyRule.DEFAULT), present, offered, shownPeriod);
    }

    private void show(Dashboard dashboard) {
        notice.set("");
        available.set(!dashboard.data().isEmpty());
        if (dashboard.data().isEmpty()) {
            tiles.clear();
            monthText.set("");
            trend.set(SalesCharts.NO_MONTHS);
            structureRows.clear();
            structureChart.set(SalesCharts.NO_CATEGORIES);
            anomalies.clear();
            return;
        }
        showing = true;
        try {
            if (!dimensions.equals(dashboard.dimensions())) {
                dimensions.setAll(dashboard.dimensions());
            }
            if (!periods.equals(dashboard.periods())) {
                periods.setAll(dashboard.periods());
            }
            dimension.set(dashboard.structure().dimension());
            period.set(dashboard.period());
        } finally {
            showing = false;
        }
        missingColumns.set(MissingColumns.text(messages, MISSING_FIELDS.entrySet().stream()
                .filter(entry -> !dashboard.dimensions().contains(entry.getKey())).map(Map.Entry::getValue).toList()));
        Optional<KpiRow> latest = dashboard.latest();
        tilesMonth = latest.orElse(null);
        tiles.setAll(latest.map(row -> tileMaker.tiles(row, dashboard.data().hasQuantity(), dashboard.data().hasMargin()))
                .orElse(List.of()));
        monthText.set(latest.map(row -> messages.format("sales.home.month", row.label(),
                        messages.date(dashboard.data().asOf())))
                .orElse(messages.format("sales.home.noCompleteMonth", messages.date(dashboard.data().asOf()))));
        trend.set(latest.map(row -> chartMaker.trend(dashboard.months(), row)).orElse(SalesCharts.NO_MONTHS));
        showStructure(dashboard.structure());
        showAnomalies(dashboard.anomalies());
    }

    private void showStructure(StructureResult structure) {
        structureRows.setAll(structure.rows());
        structureChart.set(chartMaker.shares(structure));
        structureText.set(messages.format("sales.home.structure.periods",
                messages.date(structure.periods().current().from()), messages.date(structure.periods().current().to()),
                messages.date(structure.periods().previous().from()), messages.date(structure.periods().previous().to())));
    }

    private void showAnomalies(AnomalyResult result) {
        anomalies.setAll(result.anomalies().reversed().stream().map(chartMaker::anomalyLine).toList());
        long checked = result.months().stream().filter(month -> month.expected() != null).count();
        anomaliesText.set(checked == 0 ? messages.get("sales.home.anomalies.tooShort")
                : messages.format("sales.home.anomalies.summary", result.anomalies().size(), checked,
                Math.round(result.rule().minDeparture().doubleValue() * 100), result.rule().minRobustZ()));
    }

    private void failed(Throwable failure) {
        notice.set(messages.format("sales.home.loadFailed", FailureReport.describe(messages, failure)));
    }

    private static Map<StructureDimension, String> orderedFields() {
        Map<StructureDimension, String> fields = new LinkedHashMap<>();
        fields.put(StructureDimension.CATEGORY, "category");
        fields.put(StructureDimension.REGION, "region");
        fields.put(StructureDimension.CHANNEL, "channel");
        fields.put(StructureDimension.CUSTOMER_TYPE, "customer_type");
        fields.put(StructureDimension.SALESPERSON, "salesperson");
        return fields;
    }

    public ObjectProperty<StructureDimension> dimensionProperty() {
        return dimension;
    }

    /** The splits the data has values for. */
    public ObservableList<StructureDimension> dimensions() {
        return dimensions;
    }

    /** Which import columns would bring the splits the data lacks; empty when none is missing. */
    public ReadOnlyStringProperty missingColumnsProperty() {
        return missingColumns.getReadOnlyProperty();
    }

    public ObjectProperty<ComparisonPeriod> periodProperty() {
        return period;
    }

    /** The comparisons the data's history fills, and the latest complete month against the one before. */
    public ObservableList<ComparisonPeriod> periods() {
        return periods;
    }

    /** False on an empty store: the section then takes no room on Home. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Which month the tiles show and the as-of date. */
    public ReadOnlyStringProperty monthTextProperty() {
        return monthText.getReadOnlyProperty();
    }

    /**
     * Opens the customer list filtered to the customers the "active customers" tile counts: those with a purchase
     * in the tiles' month. Nothing happens before the tiles are shown.
     */
    public void drillActiveCustomers() {
        KpiRow month = tilesMonth;
        if (month == null) {
            return;
        }
        store.analyse(messages.get("drill.finding"), "drill", data -> new io.customerlens.domain.CustomerDrill(
                messages.format("drill.label.active", month.label()), service.activeCustomers(data, month)),
                opener::drill);
    }

    public ObservableList<KpiTile> tiles() {
        return tiles;
    }

    public ReadOnlyObjectProperty<MonthlySeries> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CategorySeries> structureChartProperty() {
        return structureChart.getReadOnlyProperty();
    }

    public ObservableList<ShareRow> structureRows() {
        return structureRows;
    }

    /** The two periods the structure compares. */
    public ReadOnlyStringProperty structureTextProperty() {
        return structureText.getReadOnlyProperty();
    }

    /** Flagged months, newest first. */
    public ObservableList<AnomalyLine> anomalies() {
        return anomalies;
    }

    /** How many months were checked and flagged, and the rule. */
    public ReadOnlyStringProperty anomaliesTextProperty() {
        return anomaliesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private record Dashboard(ProductData data, KpiSeries months, Optional<KpiRow> latest, StructureResult structure,
                             AnomalyResult anomalies, List<StructureDimension> dimensions,
                             List<ComparisonPeriod> periods, ComparisonPeriod period) {
    }
}
