package io.customerlens.ui.sales;

import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.ShareRow;
import io.customerlens.analysis.products.StructureDimension;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * Home's sales section: KPI tiles, the 24-month trend beside the year before, the structure of sales and
 * the flagged months. Takes no room on an empty store. Lays out and binds only.
 */
public final class SalesDashboardView {

    private static final double CHART_HEIGHT = 330;
    private static final double TABLE_HEIGHT = 250;

    private final SalesDashboardViewModel viewModel;
    private final Messages messages;
    private final Charts charts;
    private final TableSaver saver;
    private final SalesTables tables;
    private final VBox root = new VBox(12);

    public SalesDashboardView(SalesDashboardViewModel viewModel, Messages messages, Charts charts, TableSaver saver) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = charts;
        this.saver = saver;
        this.tables = new SalesTables(messages);
        root.setId("sales-dashboard");
        if (messages.risingRed()) {
            root.getStyleClass().add("rising-red"); // 红涨绿跌
        }
        root.getStylesheets().add(SalesDashboardView.class.getResource("sales-dashboard.css").toExternalForm());
        root.visibleProperty().bind(viewModel.availableProperty());
        root.managedProperty().bind(root.visibleProperty());

        Label title = new Label(messages.get("sales.home.title"));
        title.getStyleClass().add("section-title");
        Label month = new Label();
        month.setId("sales-month");
        month.textProperty().bind(viewModel.monthTextProperty());
        HBox heading = new HBox(16, title, month);
        heading.setAlignment(Pos.BASELINE_LEFT);

        GridPane chartGrid = PageParts.twoColumns();
        chartGrid.add(trendChart(), 0, 0);
        chartGrid.add(structureChart(), 1, 0);
        GridPane lists = PageParts.twoColumns();
        lists.add(structureTable(), 0, 0);
        lists.add(anomalies(), 1, 0);

        root.getChildren().addAll(heading, PageParts.notice(viewModel.noticeProperty()), tiles(), chartGrid,
                saver.messageLabel(), lists);
    }

    public VBox node() {
        return root;
    }

    private Node tiles() {
        FlowPane pane = new FlowPane(10, 10);
        pane.setId("sales-tiles");
        viewModel.tiles().addListener((ListChangeListener<KpiTile>) change ->
                pane.getChildren().setAll(viewModel.tiles().stream().map(this::tile).toList()));
        return pane;
    }

    private Node tile(KpiTile tile) {
        Label name = new Label(tile.name());
        name.getStyleClass().add("kpi-name");
        Label value = new Label(tile.value());
        value.getStyleClass().add("kpi-value");
        value.setId("sales-kpi-" + tile.measure().name().toLowerCase(Locale.ROOT));
        Label mom = growth(tile.mom(), tile.momTrend());
        Label yoy = growth(tile.yoy(), tile.yoyTrend());
        VBox box = new VBox(3, name, value, mom, yoy);
        box.getStyleClass().add("kpi-tile");
        box.setMinWidth(Region.USE_PREF_SIZE);
        if (tile.measure() == io.customerlens.analysis.products.KpiMeasure.ACTIVE_CUSTOMERS) {
            // The one tile that counts customers opens them.
            value.getStyleClass().add("drill-link");
            box.setCursor(javafx.scene.Cursor.HAND);
            box.setOnMouseClicked(event -> viewModel.drillActiveCustomers());
            Tooltip.install(box, wrapped(tile.tooltip() + "\n" + messages.get("drill.tip.click")));
            return box;
        }
        Tooltip tip = wrapped(tile.tooltip());
        Tooltip.install(box, tip);
        return box;
    }

    private static Label growth(String text, TileTrend trend) {
        Label label = new Label(text);
        label.getStyleClass().addAll("kpi-growth", "kpi-" + trend.name().toLowerCase(Locale.ROOT));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node trendChart() {
        LiveChart<MonthlySeries> chart = charts.monthly(new ChartLabels(messages.get("sales.home.trend.title"), "",
                messages.get("sales.home.trend.axis")), viewModel.trendProperty().get());
        chart.viewer().setId("sales-trend-chart");
        chart.viewer().setPrefHeight(CHART_HEIGHT);
        chart.viewer().setMinHeight(CHART_HEIGHT);
        viewModel.trendProperty().addListener((observable, before, now) -> chart.show(now));
        return chart.viewer();
    }

    private Node structureChart() {
        ComboBox<StructureDimension> dimension = new ComboBox<>();
        dimension.setId("sales-structure-dimension");
        dimension.setItems(viewModel.dimensions());
        dimension.setConverter(converter(value -> messages.get(value.messageKey())));
        dimension.valueProperty().bindBidirectional(viewModel.dimensionProperty());
        ComboBox<ComparisonPeriod> period = new ComboBox<>();
        period.setId("sales-structure-period");
        period.setItems(viewModel.periods());
        period.setConverter(converter(value -> messages.get(value.messageKey())));
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        Label by = new Label(messages.get("sales.home.structure.by"));
        // Its whole text: the choice boxes give way first (it read "Sal…" at 1366×768 in English).
        by.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, by, dimension, period);
        bar.setAlignment(Pos.CENTER_LEFT);

        LiveChart<CategorySeries> chart = charts.percentages(new ChartLabels(messages.get("sales.home.structure.title"),
                "", messages.get("sales.home.structure.axis")), viewModel.structureChartProperty().get());
        chart.viewer().setId("sales-structure-chart");
        chart.viewer().setPrefHeight(CHART_HEIGHT - 36);
        chart.viewer().setMinHeight(CHART_HEIGHT - 36);
        viewModel.structureChartProperty().addListener((observable, before, now) -> chart.show(now));
        Label missing = PageParts.explanation(viewModel.missingColumnsProperty());
        missing.setId("sales-structure-missing");
        return new VBox(6, bar, missing, chart.viewer());
    }

    private Node structureTable() {
        Label title = new Label(messages.get("sales.home.structure.tableTitle"));
        title.getStyleClass().add("section-title");
        Label periods = new Label();
        periods.textProperty().bind(viewModel.structureTextProperty());
        periods.setWrapText(true);
        TableView<ShareRow> table = new TableView<>(viewModel.structureRows());
        table.setId("sales-structure-table");
        table.getColumns().setAll(tables.structureColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        return new VBox(6, title, periods,
                PageParts.withSave(saver, table, messages.get("sales.home.file.structure")));
    }

    private Node anomalies() {
        Label title = new Label(messages.get("sales.home.anomalies.title"));
        title.getStyleClass().add("section-title");
        title.setTooltip(wrapped(messages.get("sales.home.anomalies.tip")));
        Label summary = new Label();
        summary.setId("sales-anomalies-summary");
        summary.textProperty().bind(viewModel.anomaliesTextProperty());
        summary.setWrapText(true);
        TableView<AnomalyLine> table = new TableView<>(viewModel.anomalies());
        table.setId("sales-anomalies-table");
        table.getColumns().setAll(tables.anomalyColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("sales.home.anomalies.none")));
        // The contributors are longer than their columns: the row's tooltip shows them whole.
        table.setRowFactory(ignored -> new TableRow<>() {
            @Override
            protected void updateItem(AnomalyLine line, boolean empty) {
                super.updateItem(line, empty);
                setTooltip(empty || line == null ? null : wrapped(messages.format("sales.home.anomalies.rowTip",
                        line.customers(), line.products())));
            }
        });
        table.setPrefHeight(TABLE_HEIGHT);
        table.setMinHeight(TABLE_HEIGHT);
        return new VBox(6, title, summary,
                PageParts.withSave(saver, table, messages.get("sales.home.file.anomalies")));
    }
}
