package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.charts.QuadrantScatter;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.RowOpening;
import io.customerlens.ui.common.CustomerListActions;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.ui.common.TableSaver;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The Products page (产品分析): the BCG matrix as a bubble chart and a table, the unit, period and
 * thresholds to use, and for the unit picked (in the table or on the chart) its top customers and monthly
 * trend. Lays out and binds only.
 */
public final class ProductsView {

    private final ProductsViewModel viewModel;
    private final Messages messages;
    private final Charts charts;
    private final TableSaver saver;
    private final ProductTables tables;
    private static final java.util.Set<String> GROWTH_COLUMNS = java.util.Set.of(
            "products-unit-column-quadrant", "products-unit-column-growth", "products-unit-column-previous");
    private final VBox root = new VBox(8);
    private final LiveChart<QuadrantScatter> matrix;
    private final CustomerListActions bulk;

    public ProductsView(ProductsViewModel viewModel, Messages messages, Charts charts, TableSaver saver) {
        this(viewModel, messages, charts, saver, CustomerListActions.NONE);
    }

    /** @param bulk the actions on the customers picked in the unit's customer lists (tasks, copy, Excel, cards) */
    public ProductsView(ProductsViewModel viewModel, Messages messages, Charts charts, TableSaver saver,
                        CustomerListActions bulk) {
        this.bulk = bulk;
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = charts;
        this.saver = saver;
        this.tables = new ProductTables(messages);
        root.setId("products-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("nav.products"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label periods = new Label();
        periods.setId("products-periods");
        periods.textProperty().bind(viewModel.periodsTextProperty());
        periods.setWrapText(true);
        HBox heading = new HBox(16, title, periods);
        heading.setAlignment(Pos.BASELINE_LEFT);

        Label thresholds = new Label();
        thresholds.setId("products-thresholds");
        thresholds.textProperty().bind(viewModel.thresholdsTextProperty());
        thresholds.setTooltip(wrapped(messages.get("products.view.thresholds.tip")));
        thresholds.setWrapText(true);

        matrix = charts.quadrants(new ChartLabels("", messages.get("products.view.chart.x"),
                messages.get("products.view.chart.y")), viewModel.quadrantNames(), viewModel.scatterProperty().get());
        matrix.viewer().setId("products-bcg-chart");
        viewModel.scatterProperty().addListener((observable, before, now) -> matrix.show(now));
        matrix.viewer().addChartMouseListener(new PickOnClick(viewModel));

        // The matrix takes the left, full height: it is what the page is for. Units and the picked unit's
        // customers and trend share the right.
        GridPane grid = new GridPane(12, 8);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(58);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(42);
        grid.getColumnConstraints().setAll(left, right);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(55);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(45);
        grid.getRowConstraints().setAll(top, bottom);
        Node unitTables = unitTables();
        Node details = details();
        Node chart = matrixOrNote();
        grid.add(chart, 0, 0, 1, 2);
        grid.add(unitTables, 1, 0);
        grid.add(details, 1, 1);
        PageParts.grow(chart, unitTables, details);
        VBox.setVgrow(grid, Priority.ALWAYS);

        root.getChildren().addAll(heading, optionBar(), thresholds,
                PageParts.explanation(viewModel.growthMeaningProperty()),
                // Without any comparison the note stands in the chart's place instead.
                PageParts.explanation(Bindings.when(viewModel.growthComparableProperty())
                        .then(viewModel.periodNoteProperty()).otherwise("")),
                PageParts.notice(viewModel.noticeProperty()), saver.messageLabel(), grid);
    }

    /** The matrix, or, when the history is too short to compare growth, the note saying so in its place. */
    private Node matrixOrNote() {
        matrix.viewer().visibleProperty().bind(viewModel.growthComparableProperty());
        Label note = new Label();
        note.setId("products-no-matrix");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.periodNoteProperty());
        note.visibleProperty().bind(viewModel.growthComparableProperty().not());
        return new StackPane(note, matrix.viewer());
    }

    public VBox node() {
        return root;
    }

    /** The bubble chart, for tests that check what it draws. */
    public LiveChart<QuadrantScatter> matrixChart() {
        return matrix;
    }

    private Node optionBar() {
        ComboBox<BcgUnit> unit = new ComboBox<>(viewModel.units());
        unit.setId("products-unit");
        unit.setConverter(converter(value -> messages.get(value.messageKey())));
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        ComboBox<ComparisonPeriod> period = new ComboBox<>();
        period.setId("products-period");
        period.getItems().setAll(viewModel.periods());
        period.setConverter(converter(value -> messages.get(value.messageKey())));
        period.valueProperty().bindBidirectional(viewModel.periodProperty());

        TextField share = new TextField();
        share.setId("products-share-threshold");
        share.setPromptText(messages.get("products.view.automatic"));
        share.setPrefColumnCount(9);
        share.setTooltip(wrapped(messages.get("products.view.shareThreshold.tip")));
        TextField growth = new TextField();
        growth.setId("products-growth-threshold");
        growth.setPromptText(messages.get("products.view.automatic"));
        growth.setPrefColumnCount(7);
        growth.setTooltip(wrapped(messages.get("products.view.growthThreshold.tip")));
        Button apply = new Button(messages.get("products.view.applyThresholds"));
        apply.setId("products-apply-thresholds");
        apply.setOnAction(event -> viewModel.applyThresholds(share.getText(), growth.getText()));
        share.setOnAction(event -> apply.fire());
        growth.setOnAction(event -> apply.fire());
        Button automatic = new Button(messages.get("products.view.automaticThresholds"));
        automatic.setId("products-automatic-thresholds");
        automatic.setOnAction(event -> {
            share.clear();
            growth.clear();
            viewModel.automaticThresholds();
        });
        // A new unit drops a hand-set share (an amount of the old unit's sales): the field says so too.
        viewModel.shareThresholdProperty().addListener((observable, before, now) -> {
            if (now == null) {
                share.clear();
            }
        });

        // Groups that wrap as a whole when the window (or the English labels) run out of width: no label is cut.
        FlowPane bar = new FlowPane(16, 6,
                group(new Label(messages.get("products.view.unit")), unit),
                group(new Label(messages.get("products.view.period")), period),
                group(new Label(messages.get("products.view.shareThreshold")), share),
                group(new Label(messages.get("products.view.growthThreshold")), growth, new Label("%")),
                group(apply, automatic));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static HBox group(Node... nodes) {
        for (Node node : nodes) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox group = new HBox(8, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private Node unitTables() {
        TableView<BcgRow> units = new TableView<>(viewModel.activeUnits());
        units.setId("products-units-table");
        units.getColumns().setAll(tables.unitColumns());
        // Without a comparison no unit has a growth or a quadrant: those columns would only repeat "new".
        units.getColumns().stream().filter(column -> GROWTH_COLUMNS.contains(column.getId()))
                .forEach(column -> column.visibleProperty().bind(viewModel.growthComparableProperty()));
        units.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label noUnits = new Label();
        noUnits.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then(messages.get("products.view.noUnits")).otherwise(messages.get("products.view.loading")));
        units.setPlaceholder(noUnits);
        units.getSelectionModel().selectedItemProperty().addListener((observable, before, picked) -> {
            if (picked != null) {
                viewModel.selectedUnitProperty().set(picked);
            }
        });
        // A click on the chart picks the unit in the table too, so the two never disagree.
        viewModel.selectedUnitProperty().addListener((observable, before, picked) -> {
            if (picked != null && units.getSelectionModel().getSelectedItem() != picked
                    && units.getItems().contains(picked)) {
                units.getSelectionModel().select(picked);
                units.scrollTo(picked);
            }
        });
        TableView<BcgRow> discontinued = new TableView<>(viewModel.discontinuedUnits());
        discontinued.setId("products-discontinued-table");
        discontinued.getColumns().setAll(tables.discontinuedColumns());
        discontinued.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        discontinued.setPlaceholder(new Label(messages.get("products.view.noDiscontinued")));

        Tab unitsTab = new Tab(messages.get("products.view.tab.units"),
                PageParts.withSave(saver, units, messages.get("products.view.file.units")));
        unitsTab.setId("products-tab-units");
        Tab discontinuedTab = new Tab(messages.format("products.view.tab.discontinuedCount", 0),
                PageParts.withSave(saver, discontinued, messages.get("products.view.file.discontinued")));
        discontinuedTab.setId("products-tab-discontinued");
        viewModel.discontinuedUnits().subscribe(() -> discontinuedTab.setText(messages.format(
                "products.view.tab.discontinuedCount", viewModel.discontinuedUnits().size())));
        TabPane tabs = new TabPane(unitsTab, discontinuedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node trendChart() {
        LiveChart<MonthlySeries> trend = charts.monthly(new ChartLabels("", "",
                messages.get("products.view.trend.axis")), viewModel.unitTrendProperty().get());
        trend.viewer().setId("products-trend-chart");
        viewModel.unitTrendProperty().addListener((observable, before, now) -> trend.show(now));
        // An empty time axis would show 1970: until a unit is picked the chart makes way for a hint.
        trend.viewer().visibleProperty().bind(viewModel.detailTitleProperty().isNotEmpty());
        Label hint = new Label(messages.get("products.view.pickUnit"));
        hint.setWrapText(true);
        hint.visibleProperty().bind(trend.viewer().visibleProperty().not());
        return new StackPane(hint, trend.viewer());
    }

    /** Who bought the picked unit regularly and stopped, though still buying other things: whom to offer it again. */
    private Node stoppedBuyers() {
        StoppedBuyersList stopped = viewModel.stoppedBuyers();
        TableView<StoppedCustomer> table = new TableView<>(stopped.rows());
        table.setId("products-stopped-table");
        table.getColumns().setAll(tables.stoppedColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label(messages.get("products.stopped.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        RowOpening.onOpen(table, picked -> viewModel.open(picked.customerKey()));
        Label explanation = PageParts.explanation(stopped.summaryProperty());
        explanation.setId("products-stopped-explanation");
        // One short line (how many), the whole rule in the tooltip: at 1366×768 the list below has room for a few
        // rows only, and the rule on one line was cut mid-sentence.
        explanation.setWrapText(false);
        javafx.scene.control.Tooltip rule = new javafx.scene.control.Tooltip();
        rule.setWrapText(true);
        rule.setMaxWidth(420);
        rule.textProperty().bind(stopped.explanationProperty());
        explanation.setTooltip(rule);
        String fileName = messages.get("products.stopped.file");
        Node list = PageParts.withSave(saver, table, fileName,
                bulk.attach(table, StoppedCustomer::customerKey, fileName, FollowUpReason.MANUAL));
        VBox box = new VBox(6, explanation, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    /** The picked unit: its name, then its top customers, those who stopped buying it and its monthly trend on tabs. */
    private Node details() {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(viewModel.detailTitleProperty());
        TableView<UnitCustomer> customers = new TableView<>(viewModel.unitCustomers());
        customers.setId("products-customers-table");
        customers.getColumns().setAll(tables.customerColumns());
        customers.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label pick = new Label(messages.get("products.view.pickUnit"));
        // At 1366x768 in English the line is as wide as the table and touched its edges: it wraps inside a margin.
        pick.setWrapText(true);
        pick.maxWidthProperty().bind(customers.widthProperty().subtract(32));
        customers.setPlaceholder(pick);
        RowOpening.onOpen(customers, picked -> viewModel.open(picked.customerKey()));
        Button buyers = new Button(messages.get("products.view.buyers"));
        buyers.setId("products-unit-buyers");
        buyers.setTooltip(wrapped(messages.get("products.view.buyers.tip")));
        buyers.disableProperty().bind(viewModel.detailTitleProperty().isEmpty());
        buyers.setOnAction(event -> viewModel.drillBuyers());
        String customersFile = messages.get("products.view.file.customers");
        Tab customersTab = new Tab(messages.get("products.view.tab.customers"), PageParts.withSave(saver, customers,
                customersFile, bulk.attach(customers, UnitCustomer::customerKey, customersFile, FollowUpReason.MANUAL)));
        customersTab.setId("products-tab-customers");
        Tab trendTab = new Tab(messages.get("products.view.trend.title"), trendChart());
        trendTab.setId("products-tab-trend");
        Tab stoppedTab = new Tab(messages.get("products.stopped.tab"), stoppedBuyers());
        stoppedTab.setId("products-tab-stopped");
        TabPane tabs = new TabPane(customersTab, stoppedTab, trendTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The heading names the open tab's list: "Top customers of X", "Customers who stopped buying X"…
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, before, open) ->
                viewModel.detailTabProperty().set(open == stoppedTab ? DetailTab.STOPPED_BUYING
                        : open == trendTab ? DetailTab.TREND : DetailTab.TOP_CUSTOMERS));
        javafx.scene.layout.HBox headingRow = new javafx.scene.layout.HBox(8, heading, buyers);
        headingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, headingRow, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    /** A click on a circle picks its unit, as a click on its table row does. */
    private record PickOnClick(ProductsViewModel viewModel) implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (event.getEntity() instanceof XYItemEntity item) {
                viewModel.pickPoint(item.getSeriesIndex(), item.getItem());
                // A second click of a double-click opens the unit's buyers as the customer list.
                if (event.getTrigger().getClickCount() == 2) {
                    viewModel.drillBuyers();
                }
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
            // Tooltips show what is under the mouse; moving picks nothing.
        }
    }
}
