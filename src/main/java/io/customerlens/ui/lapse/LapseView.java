package io.customerlens.ui.lapse;

import io.customerlens.ui.common.DateFields;
import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.ui.charts.ChartClicks;
import io.customerlens.ui.common.CellOpening;
import io.customerlens.ui.charts.BarLayout;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.RowOpening;
import io.customerlens.ui.common.CustomerListActions;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.ui.lapse.timeline.LapseTimeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.css.PseudoClass;
import io.customerlens.analysis.lapse.StartOfData;
import io.customerlens.ui.charts.MonthBand;
import javafx.scene.layout.StackPane;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The Lapse page (未进货分析): window, as-of date and filters on top; the lapsed and at-risk list, the
 * lapse timeline, the patterns (episode lengths, seasonality), lapse rate by attribute and the customer
 * movement in tabs below.
 */
public final class LapseView {

    /** A month at the start of the data (CSS: shaded). */
    private static final PseudoClass START_OF_DATA = PseudoClass.getPseudoClass("start-of-data");

    private static final List<Integer> QUICK_WINDOWS = List.of(3, 6, 12);

    private final LapseViewModel viewModel;
    private final Messages messages;
    private final Charts charts;
    private final TableSaver saver;
    private final CustomerListActions bulk;
    private final LapseChartData chartData;
    private final VBox root = new VBox(8);
    private final HBox heading;

    public LapseView(LapseViewModel viewModel, Messages messages, Charts charts, TableSaver saver) {
        this(viewModel, messages, charts, saver, CustomerListActions.NONE);
    }

    /** @param bulk the actions on the customers picked in the list (tasks, copy, Excel, cards) */
    public LapseView(LapseViewModel viewModel, Messages messages, Charts charts, TableSaver saver,
                     CustomerListActions bulk) {
        this.bulk = bulk;
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = charts;
        this.saver = saver;
        this.chartData = new LapseChartData(messages);
        root.setId("lapse-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("lapse.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label summary = new Label();
        summary.setId("lapse-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setTooltip(wrapped(messages.get("lapse.summary.tip")));
        Label ranking = new Label();
        ranking.setId("lapse-ranking");
        ranking.getStyleClass().add("fact-name");
        ranking.textProperty().bind(viewModel.rankingTextProperty());
        ranking.setTooltip(wrapped(messages.get("lapse.ranking.tip")));
        // The figures and what the list is sorted by (a sentence or two) wrap on their own lines under the title:
        // at 1366×768 in English they do not fit beside it.
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        ranking.setWrapText(true);
        ranking.setMaxWidth(Double.MAX_VALUE);
        ranking.setMinHeight(Region.USE_PREF_SIZE);
        ranking.managedProperty().bind(ranking.textProperty().isNotEmpty());
        ranking.visibleProperty().bind(ranking.managedProperty());
        heading = new HBox(16, title);
        heading.setAlignment(Pos.BASELINE_LEFT);

        Label notice = PageParts.notice(viewModel.noticeProperty());
        Label saved = saver.messageLabel();

        TabPane tabs = new TabPane(
                PageParts.tab(messages, "lapse-tab-list", "lapse.tab.list", listPane()),
                PageParts.tab(messages, "lapse-tab-timeline", "lapse.tab.timeline", timelinePane()),
                PageParts.tab(messages, "lapse-tab-patterns", "lapse.tab.patterns", patternsPane()),
                PageParts.tab(messages, "lapse-tab-attributes", "lapse.tab.attributes", attributesPane()),
                PageParts.tab(messages, "lapse-tab-movement", "lapse.tab.movement", movementPane()));
        tabs.setId("lapse-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label missing = PageParts.explanation(viewModel.missingColumnsProperty());
        missing.setId("lapse-missing-columns");
        root.getChildren().addAll(heading, summary, ranking, windowBar(), filterBar(), missing, notice, saved, tabs);
    }

    public VBox node() {
        return root;
    }

    /** Adds an action at the end of the heading (the shell adds "Print lapsed list…"). */
    public void addHeadingAction(Node action) {
        PageParts.addAtRight(heading, action);
    }

    private HBox windowBar() {
        Label label = new Label(messages.get("lapse.window"));
        label.setTooltip(wrapped(messages.get("lapse.window.tip")));
        ToggleGroup quick = new ToggleGroup();
        HBox bar = new HBox(6, label);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (int months : QUICK_WINDOWS) {
            ToggleButton button = new ToggleButton(messages.format("lapse.window.months", months));
            button.setId("lapse-window-" + months);
            button.setToggleGroup(quick);
            button.setSelected(months == viewModel.windowMonthsProperty().get());
            button.setOnAction(event -> {
                viewModel.windowMonthsProperty().set(months);
                button.setSelected(true);
            });
            bar.getChildren().add(button);
        }
        Spinner<Integer> custom = new Spinner<>(LapseWindow.MIN, LapseWindow.MAX, viewModel.windowMonthsProperty().get());
        custom.setId("lapse-window-custom");
        custom.setEditable(true);
        custom.setPrefWidth(80);
        custom.setTooltip(wrapped(messages.get("lapse.window.custom.tip")));
        custom.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.windowMonthsProperty().set(after);
            }
        });
        viewModel.windowMonthsProperty().addListener((observable, before, after) -> {
            custom.getValueFactory().setValue(after.intValue());
            quick.getToggles().forEach(toggle -> toggle.setSelected(
                    ((ToggleButton) toggle).getId().equals("lapse-window-" + after.intValue())));
        });
        Label customLabel = new Label(messages.get("lapse.window.custom"));

        Label asOfLabel = new Label(messages.get("lapse.asOf"));
        asOfLabel.setTooltip(wrapped(messages.get("lapse.asOf.tip")));
        DatePicker asOf = new DatePicker();
        asOf.setId("lapse-as-of");
        DateFields.install(asOf, messages);
        asOf.setPromptText(messages.get("lapse.asOf.latest"));
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        Button latest = new Button(messages.get("lapse.asOf.useLatest"));
        latest.setOnAction(event -> viewModel.asOfProperty().set(null));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(customLabel, custom, spacer, asOfLabel, asOf, latest);
        return bar;
    }

    private HBox filterBar() {
        ComboBox<LapseShow> show = new ComboBox<>();
        show.setId("lapse-show");
        show.getItems().setAll(LapseShow.values());
        show.setConverter(converter(choice -> messages.get(choice.labelKey())));
        show.valueProperty().bindBidirectional(viewModel.showProperty());
        HBox bar = new HBox(8, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (CustomerAttribute attribute : viewModel.filterAttributes()) {
            String anyText = messages.get("lapse.filter.any." + attribute.name().toLowerCase(Locale.ROOT));
            ComboBox<AttributeChoice> box = new ComboBox<>(viewModel.options(attribute));
            box.setId("lapse-filter-" + attribute.name().toLowerCase(Locale.ROOT));
            box.setConverter(converter(choice -> choice == null || choice.isAny() ? anyText : choice.value()));
            box.valueProperty().bindBidirectional(viewModel.choiceProperty(attribute));
            box.setVisibleRowCount(15);
            // A filter with nothing to choose from takes no room; the page says which column would fill it.
            box.visibleProperty().bind(viewModel.present(attribute));
            box.managedProperty().bind(box.visibleProperty());
            bar.getChildren().add(box);
        }
        Button clear = new Button(messages.get("customers.filter.clear"));
        clear.setOnAction(event -> viewModel.clearFilters());
        bar.getChildren().add(clear);
        return bar;
    }

    private static void sortBy(TableView<LapseRow> table, String columnId) {
        table.getColumns().stream().filter(column -> ("lapse-column-" + columnId).equals(column.getId()))
                .findFirst().ifPresent(column -> {
                    column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
                    table.getSortOrder().setAll(List.of(column));
                });
    }

    private Node listPane() {
        TableView<LapseRow> table = new TableView<>(viewModel.rows());
        table.setId("lapse-table");
        table.getColumns().setAll(new LapseColumns(messages).all());
        for (String chanceColumn : List.of("lapseChance", "valueAtRisk", "reasons")) {
            table.getColumns().stream().filter(column -> ("lapse-column-" + chanceColumn).equals(column.getId()))
                    .forEach(column -> column.visibleProperty().bind(viewModel.chanceColumnsShownProperty()));
        }
        viewModel.rows().comparatorProperty().bind(table.comparatorProperty());
        // Most value at risk first (longest silent first where no chance could be learned): whom to call first,
        // until the user sorts otherwise. The header above the list says which.
        sortBy(table, viewModel.defaultSortColumn());
        viewModel.defaultSortColumnProperty().addListener((observable, before, now) -> sortBy(table, now));
        table.setFixedCellSize(26);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then(messages.get("lapse.list.empty")).otherwise(messages.get("lapse.loading")));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        RowOpening.onOpen(table, viewModel::open);
        String fileName = messages.get("lapse.file.list");
        return PageParts.withSave(saver, table, fileName,
                bulk.attach(table, LapseRow::key, fileName, FollowUpReason.LAPSED));
    }

    private Node withSave(TableView<?> table, String fileNameKey) {
        return PageParts.withSave(saver, table, messages.get(fileNameKey));
    }

    private Node timelinePane() {
        LapseTimeline timeline = new LapseTimeline(messages);
        timeline.setId("lapse-timeline");
        timeline.modelProperty().bind(viewModel.timelineProperty());
        timeline.setOnRowActivated(viewModel::openTimelineRow);
        Label hint = new Label(messages.get("lapse.timeline.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, hint, timeline, LapseTimeline.legend(messages));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        return box;
    }

    private Node patternsPane() {
        LiveChart<CategorySeries> lengths = charts.bars(new ChartLabels(messages.get("lapse.chart.lengths.title"),
                messages.get("lapse.chart.lengths.axis"), messages.get("lapse.chart.episodes")),
                BarLayout.STACKED, CategorySeries.of(List.of(), new java.util.LinkedHashMap<String, List<Number>>()));
        LiveChart<List<? extends Number>> season = charts.calendarMonths(new ChartLabels(
                messages.get("lapse.chart.season.title"), "", messages.get("lapse.chart.episodes")),
                java.util.Collections.nCopies(12, 0));
        Label seasonText = new Label();
        seasonText.setId("lapse-season-text");
        seasonText.setWrapText(true);
        viewModel.reportProperty().addListener((observable, before, report) -> {
            if (report != null) {
                lengths.show(chartData.episodeLengths(report.episodeLengths()));
                season.show(chartData.seasonality(report.seasonality()));
                seasonText.setText(seasonalityText(report));
            }
        });
        GridPane grid = PageParts.twoColumns();
        grid.add(lengths.viewer(), 0, 0);
        grid.add(season.viewer(), 1, 0);
        grid.add(seasonText, 1, 1);
        PageParts.grow(lengths.viewer(), season.viewer());
        return grid;
    }

    private String seasonalityText(LapseReport report) {
        if (report.seasonality().peak().isEmpty()) {
            return messages.get("lapse.season.none");
        }
        return messages.format("lapse.season.peakTrough", months(report.seasonality().peak()),
                months(report.seasonality().trough()));
    }

    private String months(List<java.time.Month> months) {
        return String.join(messages.get("lapse.list.separator"), months.stream()
                .map(month -> month.getDisplayName(java.time.format.TextStyle.FULL, messages.locale())).toList());
    }

    private Node attributesPane() {
        ComboBox<CustomerAttribute> attribute = new ComboBox<>(viewModel.breakdownAttributes());
        attribute.setId("lapse-breakdown-attribute");
        attribute.setConverter(converter(value -> messages.get("lapse.attribute." + value.name().toLowerCase(Locale.ROOT))));
        attribute.valueProperty().bindBidirectional(viewModel.breakdownAttributeProperty());
        HBox bar = new HBox(8, new Label(messages.get("lapse.breakdown.by")), attribute);
        bar.setAlignment(Pos.CENTER_LEFT);

        LiveChart<CategorySeries> rates = charts.percentages(new ChartLabels(messages.get("lapse.chart.rate.title"),
                "", messages.get("lapse.chart.rate.axis")), CategorySeries.of(List.of(),
                new java.util.LinkedHashMap<String, List<Number>>()));
        viewModel.breakdownRows().addListener((javafx.collections.ListChangeListener<BreakdownRow>) change ->
                rates.show(chartData.lapseRates(List.copyOf(viewModel.breakdownRows()))));

        TableView<BreakdownRow> table = new TableView<>(viewModel.breakdownRows());
        table.setId("lapse-breakdown-table");
        table.getColumns().setAll(new BreakdownColumns(messages, chartData).all());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        RowOpening.onOpen(table, row -> viewModel.drills().lapsedWith(viewModel.breakdownAttributeProperty().get(), row));
        table.setTooltip(wrapped(messages.get("drill.tip.lapsedRows")));
        ChartClicks.onBar(rates, messages.get("drill.tip.click"), index -> viewModel.drills().lapsedWith(
                viewModel.breakdownAttributeProperty().get(), viewModel.breakdownRows().get(index)));

        GridPane grid = PageParts.twoColumns();
        grid.add(bar, 0, 0, 2, 1);
        grid.add(rates.viewer(), 0, 1);
        grid.add(withSave(table, "lapse.file.breakdown"), 1, 1);
        PageParts.grow(rates.viewer(), table);
        // Without any attribute in the data there is nothing to break down by: the tab says which column brings one.
        Label none = new Label();
        none.setId("lapse-breakdown-none");
        none.setWrapText(true);
        none.textProperty().bind(viewModel.missingColumnsProperty());
        BooleanBinding nothing = Bindings.isEmpty(viewModel.breakdownAttributes());
        none.visibleProperty().bind(nothing);
        grid.visibleProperty().bind(nothing.not());
        return new StackPane(none, grid);
    }

    private MonthBand startBand(StartOfData start) {
        return start == null ? null : new MonthBand(start.first(), start.last(), messages.get("lapse.movement.startBand"));
    }

    private Node movementPane() {
        LiveChart<MonthlySeries> base = charts.monthly(new ChartLabels(messages.get("lapse.chart.movement.title"),
                "", messages.get("lapse.chart.customers")), MonthlySeries.lines(List.of(),
                new java.util.LinkedHashMap<String, List<Number>>()));
        LiveChart<MonthlySeries> flows = charts.monthly(new ChartLabels(messages.get("lapse.chart.flows.title"),
                "", messages.get("lapse.chart.customers")), MonthlySeries.lines(List.of(),
                new java.util.LinkedHashMap<String, List<Number>>()));
        TableView<MovementRow> table = new TableView<>();
        table.setId("lapse-movement-table");
        table.getColumns().setAll(new MovementColumns(messages).all());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.reportProperty().addListener((observable, before, report) -> {
            // The learned chance arriving after the counts (LapseReport.chancePending) changes no movement figure:
            // the table and charts stay as they are instead of being drawn twice.
            boolean sameMovement = before != null && report != null && before.movement().equals(report.movement());
            if (report != null && !sameMovement) {
                MonthBand start = startBand(viewModel.startOfDataProperty().get());
                base.show(chartData.customerBase(report.movement()).withBand(start));
                flows.show(chartData.customerFlows(report.movement()).withBand(start));
                table.getItems().setAll(report.movement().reversed());
            }
        });
        // The start of the data is shaded: its "new" customers are largely old ones seen for the first time.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(MovementRow row, boolean empty) {
                super.updateItem(row, empty);
                StartOfData start = viewModel.startOfDataProperty().get();
                pseudoClassStateChanged(START_OF_DATA, !empty && row != null && start != null
                        && start.contains(row.yearMonth()));
            }
        });
        viewModel.startOfDataProperty().addListener((observable, before, now) -> table.refresh());
        // The charts' points and bars count customers too: a click opens that month's customers of that line or bar.
        ChartClicks.onMonthPoint(base, messages.get("drill.tip.click"),
                (dataset, series, month) -> viewModel.drills().basePoint(series, month));
        ChartClicks.onMonthPoint(flows, messages.get("drill.tip.click"),
                (dataset, series, month) -> viewModel.drills().flowBar(series, month));
        CellOpening.onOpen(table, (row, column) -> MovementColumns.kindOf(column)
                .ifPresent(kind -> viewModel.drills().movement(row, kind)));
        table.setTooltip(wrapped(messages.get("drill.tip.cells")));
        Label startNote = PageParts.explanation(viewModel.startOfDataTextProperty());
        startNote.setId("lapse-movement-start");
        Label invariant = new Label(messages.get("lapse.movement.invariant"));
        invariant.setWrapText(true);
        VBox chartsBox = new VBox(8, base.viewer(), flows.viewer());
        VBox.setVgrow(base.viewer(), Priority.ALWAYS);
        VBox.setVgrow(flows.viewer(), Priority.ALWAYS);
        GridPane grid = PageParts.twoColumns();
        grid.add(chartsBox, 0, 0);
        grid.add(withSave(table, "lapse.file.movement"), 1, 0);
        PageParts.grow(chartsBox, table);
        // Below the grid, in a VBox, so each wrapped note is given the height of its lines at the tab's width (a
        // note spanning the grid's columns was given one line's height and lost its last line at 1366x768).
        invariant.setMinHeight(Region.USE_PREF_SIZE);
        VBox pane = new VBox(4, grid, startNote, invariant);
        VBox.setVgrow(grid, Priority.ALWAYS);
        // Fills the tab when there is room, and scrolls when the charts, table and notes need more height than it has.
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }



}
