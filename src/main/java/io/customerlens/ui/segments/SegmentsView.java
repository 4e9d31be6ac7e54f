package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.AttributeSegment;
import io.customerlens.analysis.segments.Cohort;
import io.customerlens.analysis.segments.CrossedSegment;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.RfmWindow;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.analysis.segments.TierSummary;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.ui.charts.ChartClicks;
import io.customerlens.ui.charts.BarLayout;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.RowOpening;
import io.customerlens.ui.common.CustomerListActions;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.control.TableRow;
import javafx.css.PseudoClass;
import io.customerlens.analysis.lapse.StartOfData;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The Segments page (客户细分): RFM segments with their thresholds and suggested actions, value tiers
 * with the Pareto chart, key accounts with editable weights, lifecycle, new-customer cohorts and
 * attribute segments, each table savable as .xlsx.
 */
public final class SegmentsView {

    /** A cohort at the start of the data (CSS: shaded). */
    private static final PseudoClass START_OF_DATA = PseudoClass.getPseudoClass("start-of-data");

    private final SegmentsViewModel viewModel;
    private final Messages messages;
    private final Charts charts;
    private final TableSaver saver;
    private final SegmentTables tables;
    private final VBox root = new VBox(8);
    private final HBox heading = new HBox(16);
    private final CustomerListActions bulk;

    public SegmentsView(SegmentsViewModel viewModel, Messages messages, Charts charts, TableSaver saver) {
        this(viewModel, messages, charts, saver, CustomerListActions.NONE);
    }

    /** @param bulk the actions on the customers picked in a segment's customer list (tasks, copy, Excel, cards) */
    public SegmentsView(SegmentsViewModel viewModel, Messages messages, Charts charts, TableSaver saver,
                        CustomerListActions bulk) {
        this.bulk = bulk;
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = charts;
        this.saver = saver;
        this.tables = new SegmentTables(messages);
        root.setId("segments-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("segments.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label thresholds = new Label();
        thresholds.setId("segments-thresholds");
        thresholds.textProperty().bind(viewModel.thresholdsTextProperty());
        thresholds.setTooltip(wrapped(messages.get("segments.thresholds.tip")));
        thresholds.setWrapText(true);
        thresholds.setMinHeight(Region.USE_PREF_SIZE);
        heading.getChildren().setAll(title);
        heading.setAlignment(Pos.BASELINE_LEFT);

        Label notice = PageParts.notice(viewModel.noticeProperty());
        Label saved = saver.messageLabel();

        TabPane tabs = new TabPane(
                PageParts.tab(messages, "segments-tab-rfm", "segments.tab.rfm", rfmPane()),
                PageParts.tab(messages, "segments-tab-tiers", "segments.tab.tiers", tiersPane()),
                PageParts.tab(messages, "segments-tab-key", "segments.tab.key", keyAccountsPane()),
                PageParts.tab(messages, "segments-tab-lifecycle", "segments.tab.lifecycle", lifecyclePane()),
                PageParts.tab(messages, "segments-tab-cohorts", "segments.tab.cohorts", cohortsPane()),
                PageParts.tab(messages, "segments-tab-attributes", "segments.tab.attributes", attributesPane()),
                PageParts.tab(messages, "segments-tab-pivot", "segments.tab.pivot",
                        new PivotView(viewModel.pivot(), messages).node(saver)));
        tabs.setId("segments-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        // The thresholds wrap under the title: at 1366×768 in English they do not fit beside it.
        root.getChildren().addAll(heading, thresholds, optionBar(), notice, saved, tabs);
    }

    /** Adds an action at the right end of the heading (the shell adds the print button). */
    public void addHeadingAction(Node action) {
        PageParts.addAtRight(heading, action);
    }

    public VBox node() {
        return root;
    }

    private HBox optionBar() {
        ComboBox<ThresholdMethod> method = new ComboBox<>();
        method.setId("segments-method");
        method.getItems().setAll(ThresholdMethod.MEAN, ThresholdMethod.MEDIAN);
        method.setConverter(converter(value -> messages.get("segments.method." + value.name().toLowerCase(Locale.ROOT))));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<RfmWindow> window = new ComboBox<>();
        window.setId("segments-window");
        window.getItems().setAll(RfmWindow.values());
        window.setConverter(converter(value -> messages.get("segments.window." + value.name().toLowerCase(Locale.ROOT))));
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        HBox bar = new HBox(8, new Label(messages.get("segments.method")), method,
                new Label(messages.get("segments.window")), window);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node rfmPane() {
        LiveChart<CategorySeries> chart = charts.bars(new ChartLabels(messages.get("segments.chart.rfm"), "",
                messages.get("segments.chart.customers")), BarLayout.SIDE_BY_SIDE, emptySeries());
        // The axis names are short (two lines, "Imp. / develop"), so none is cut mid-word at 1366 × 768; hovering one
        // gives the segment's full name.
        CategoryAxis names = ((CategoryPlot) chart.chart().getPlot()).getDomainAxis();
        names.setMaximumCategoryLabelWidthRatio(1.3f);
        for (RfmSegment segment : RfmSegment.values()) {
            names.addCategoryLabelToolTip(tables.segmentAxisName(segment), tables.segmentName(segment));
        }
        TableView<SegmentSummary> summary = new TableView<>(viewModel.segments());
        summary.setPlaceholder(untilLoaded());
        summary.setId("segments-rfm-table");
        summary.getColumns().setAll(tables.segmentColumns());
        summary.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        summary.getSelectionModel().selectedItemProperty().addListener((observable, before, picked) ->
                viewModel.selectedSegmentProperty().set(picked == null ? null : picked.segment()));
        drillRows(summary, row -> viewModel.drills().rfm(row.segment()));
        ChartClicks.onBar(chart, messages.get("drill.tip.click"),
                index -> viewModel.drills().rfm(viewModel.segments().get(index).segment()));
        viewModel.segments().addListener((javafx.collections.ListChangeListener<SegmentSummary>) change ->
                chart.show(CategorySeries.single(messages.get("segments.chart.customers"),
                        viewModel.segments().stream().map(row -> tables.segmentAxisName(row.segment())).toList(),
                        viewModel.segments().stream().map(SegmentSummary::customers).toList())));

        TableView<SegmentRow> customers = new TableView<>(viewModel.segmentCustomers());
        customers.setId("segments-customers-table");
        customers.getColumns().setAll(tables.customerColumns());
        customers.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.segmentCustomers().comparatorProperty().bind(customers.comparatorProperty());
        customers.setPlaceholder(new Label(messages.get("segments.pickSegment")));
        RowOpening.onOpen(customers, row -> viewModel.open(row.key()));
        // Eight segment rows fit without scrolling; the chart and the picked segment's customers share the rest.
        summary.setFixedCellSize(26);
        summary.setPrefHeight(26 * 8 + 34);
        summary.setMinHeight(26 * 8 + 34);
        GridPane grid = PageParts.twoColumns();
        grid.add(withSave(summary, "segments.file.rfm"), 0, 0, 2, 1);
        grid.add(chart.viewer(), 0, 1);
        String customersFile = messages.get("segments.file.segmentCustomers");
        grid.add(PageParts.withSave(saver, customers, customersFile,
                bulk.attach(customers, SegmentRow::key, customersFile, FollowUpReason.MANUAL)), 1, 1);
        PageParts.grow(chart.viewer(), customers);
        return grid;
    }

    private Node tiersPane() {
        LiveChart<CategorySeries> pareto = charts.percentages(new ChartLabels(messages.get("segments.chart.pareto"),
                messages.get("segments.chart.pareto.axis"), messages.get("segments.chart.pareto.value")), emptySeries());
        viewModel.reportProperty().addListener((observable, before, report) -> {
            if (report != null) {
                pareto.show(new ParetoDeciles(messages).series(report.valueTiers()));
            }
        });
        TableView<TierSummary> table = new TableView<>(viewModel.tiers());
        table.setPlaceholder(untilLoaded());
        table.setId("segments-tiers-table");
        table.getColumns().setAll(tables.tierColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        drillRows(table, tier -> viewModel.drills().valueTier(tier.tier()));
        Label rule = new Label();
        rule.textProperty().bind(viewModel.tierRuleProperty());
        rule.setWrapText(true);
        GridPane grid = PageParts.twoColumns();
        grid.add(pareto.viewer(), 0, 0);
        grid.add(new VBox(8, withSave(table, "segments.file.tiers"), rule), 1, 0);
        PageParts.grow(pareto.viewer(), table);
        return grid;
    }

    private Node keyAccountsPane() {
        GridPane weights = new GridPane(8, 6);
        weights.setId("segments-weights");
        Map<KeyAccountCriterion, Spinner<Integer>> spinners = new EnumMap<>(KeyAccountCriterion.class);
        int row = 0;
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            Label name = new Label(messages.get("segments.criterion." + criterion.code()));
            name.setTooltip(wrapped(messages.get("segments.criterion." + criterion.code() + ".tip")));
            // Whole percentages that add up to 100: what is shown is what scores.
            Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                    viewModel.weightsProperty().get().wholePercents().get(criterion), 5));
            spinner.setId("segments-weight-" + criterion.code());
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.valueProperty().addListener((observable, before, after) -> {
                Integer current = viewModel.weightsProperty().get().wholePercents().get(criterion);
                if (after != null && !after.equals(current)) {
                    viewModel.setWeight(criterion, after);
                }
            });
            spinners.put(criterion, spinner);
            weights.addRow(row++, name, spinner, new Label("%"));
        }
        viewModel.weightsProperty().addListener((observable, before, now) -> showWeights(spinners, now));
        Button reset = new Button(messages.get("segments.weights.reset"));
        reset.setOnAction(event -> viewModel.resetWeights());
        Label explain = new Label(messages.get("segments.weights.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(260);
        explain.setTooltip(wrapped(messages.get("segments.weights.explain.tip")));
        Label weightsTitle = new Label(messages.get("segments.weights"));
        weightsTitle.setTooltip(wrapped(messages.get("segments.weights.explain.tip")));
        VBox editor = new VBox(8, weightsTitle, weights, explain, cutoffs(), monthlyThreshold(), reset);
        // The table takes the rest of the width; the editor keeps the room its labels and spinners need.
        editor.setMinWidth(Region.USE_PREF_SIZE);
        editor.setPrefWidth(250);

        TableView<KeyAccountRow> table = new TableView<>(viewModel.keyAccounts());
        table.setPlaceholder(untilLoaded());
        table.setId("segments-key-table");
        table.getColumns().setAll(tables.keyAccountColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // The simple rule's column names the amount in force, which the data suggests.
        table.getColumns().stream().filter(column -> "segments-key-column-monthlyRule".equals(column.getId()))
                .findFirst().ifPresent(column -> ((Label) column.getGraphic()).textProperty().bind(Bindings.createStringBinding(
                        () -> messages.format("segments.column.monthlyRule",
                                messages.amount(viewModel.monthlyThresholdProperty().get())),
                        viewModel.monthlyThresholdProperty())));
        RowOpening.onOpen(table, keyAccount -> viewModel.open(keyAccount.account().customerKey()));
        Node tableBox = withSave(table, "segments.file.keyAccounts");
        HBox box = new HBox(16, editor, tableBox);
        HBox.setHgrow(tableBox, Priority.ALWAYS);
        return box;
    }

    /** The score a customer needs for each tier, 0–100. */
    private Node cutoffs() {
        Spinner<Integer> strategic = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                (int) Math.round(viewModel.cutoffsProperty().get().strategic()), 5));
        strategic.setId("segments-cutoff-strategic");
        Spinner<Integer> key = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                (int) Math.round(viewModel.cutoffsProperty().get().key()), 5));
        key.setId("segments-cutoff-key");
        for (Spinner<Integer> spinner : List.of(strategic, key)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
            spinner.valueProperty().addListener((observable, before, after) -> {
                KeyAccountCutoffs now = viewModel.cutoffsProperty().get();
                if (strategic.getValue() != Math.round(now.strategic()) || key.getValue() != Math.round(now.key())) {
                    viewModel.setCutoffs(strategic.getValue(), key.getValue());
                }
            });
        }
        viewModel.cutoffsProperty().addListener((observable, before, now) -> {
            strategic.getValueFactory().setValue((int) Math.round(now.strategic()));
            key.getValueFactory().setValue((int) Math.round(now.key()));
        });
        Label title = new Label(messages.get("segments.cutoffs"));
        title.setTooltip(wrapped(messages.get("segments.cutoffs.tip")));
        GridPane grid = new GridPane(8, 6);
        grid.addRow(0, new Label(messages.get("segments.cutoff.strategic")), strategic);
        grid.addRow(1, new Label(messages.get("segments.cutoff.key")), key);
        return new VBox(6, title, grid);
    }

    /** The simple rule's amount a month: suggested from the data, editable. */
    private Node monthlyThreshold() {
        TextField amount = new TextField();
        amount.setId("segments-monthly-threshold");
        amount.setPrefColumnCount(8);
        amount.setPromptText(messages.get("products.view.automatic"));
        viewModel.monthlyThresholdProperty().subscribe(now -> {
            if (!amount.isFocused()) {
                amount.setText(messages.amount(now));
            }
        });
        amount.setOnAction(event -> viewModel.applyMonthlyThreshold(amount.getText()));
        amount.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                viewModel.applyMonthlyThreshold(amount.getText());
            }
        });
        Label title = new Label(messages.get("segments.monthlyThreshold"));
        title.setWrapText(true);
        Tooltip tip = wrapped("");
        tip.setOnShowing(event -> tip.setText(messages.format("segments.monthlyThreshold.tip",
                messages.amount(viewModel.suggestedMonthlyThreshold()))));
        title.setTooltip(tip);
        amount.setTooltip(tip);
        return new VBox(6, title, amount);
    }

    private static void showWeights(Map<KeyAccountCriterion, Spinner<Integer>> spinners, KeyAccountWeights weights) {
        Map<KeyAccountCriterion, Integer> whole = weights.wholePercents();
        spinners.forEach((criterion, spinner) -> {
            Integer value = whole.get(criterion);
            if (!value.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(value);
            }
        });
    }

    private Node lifecyclePane() {
        LiveChart<CategorySeries> chart = charts.bars(new ChartLabels(messages.get("segments.chart.lifecycle"), "",
                messages.get("segments.chart.customers")), BarLayout.SIDE_BY_SIDE, emptySeries());
        viewModel.lifecycle().addListener((javafx.collections.ListChangeListener<LifecycleCount>) change ->
                chart.show(CategorySeries.single(messages.get("segments.chart.customers"),
                        viewModel.lifecycle().stream().map(count -> tables.stageName(count.stage())).toList(),
                        viewModel.lifecycle().stream().map(LifecycleCount::customers).toList())));
        TableView<LifecycleCount> table = new TableView<>(viewModel.lifecycle());
        table.setPlaceholder(untilLoaded());
        table.setId("segments-lifecycle-table");
        table.getColumns().setAll(tables.lifecycleColumns());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        drillRows(table, count -> viewModel.drills().lifecycle(count.stage()));
        ChartClicks.onBar(chart, messages.get("drill.tip.click"),
                index -> viewModel.drills().lifecycle(viewModel.lifecycle().get(index).stage()));
        Label rules = new Label(messages.get("segments.lifecycle.rules"));
        rules.setWrapText(true);
        GridPane grid = PageParts.twoColumns();
        grid.add(chart.viewer(), 0, 0);
        grid.add(new VBox(8, withSave(table, "segments.file.lifecycle"), rules), 1, 0);
        PageParts.grow(chart.viewer(), table);
        return grid;
    }

    private Node cohortsPane() {
        TableView<Cohort> table = new TableView<>(viewModel.cohorts());
        table.setPlaceholder(untilLoaded());
        table.setId("segments-cohorts-table");
        viewModel.cohorts().addListener((javafx.collections.ListChangeListener<Cohort>) change ->
                table.getColumns().setAll(tables.cohortColumns(maxRetentionMonths())));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        RowOpening.onOpen(table, () -> new TableRow<>() {
            @Override
            protected void updateItem(Cohort cohort, boolean empty) {
                super.updateItem(cohort, empty);
                StartOfData start = viewModel.startOfDataProperty().get();
                pseudoClassStateChanged(START_OF_DATA, !empty && cohort != null && start != null
                        && start.contains(cohort.month()));
            }
        }, cohort -> viewModel.drills().cohort(cohort.month()));
        table.setTooltip(wrapped(messages.get("drill.tip.rows")));
        Label explain = new Label(messages.get("segments.cohorts.explain"));
        explain.setWrapText(true);
        Label start = PageParts.explanation(viewModel.startOfDataTextProperty());
        start.setId("segments-cohorts-start");
        VBox box = new VBox(8, explain, start, withSave(table, "segments.file.cohorts"));
        VBox.setVgrow(box.getChildren().get(2), Priority.ALWAYS);
        return box;
    }

    private int maxRetentionMonths() {
        return viewModel.cohorts().stream().mapToInt(cohort -> cohort.retention().size()).max().orElse(0);
    }

    private Node attributesPane() {
        ComboBox<CustomerAttribute> attribute = new ComboBox<>(viewModel.attributes());
        attribute.setId("segments-attribute");
        attribute.setConverter(converter(value -> messages.get("lapse.attribute." + value.name().toLowerCase(Locale.ROOT))));
        attribute.valueProperty().bindBidirectional(viewModel.attributeProperty());
        TableView<AttributeSegment> table = new TableView<>(viewModel.attributeRows());
        table.setId("segments-attribute-table");
        table.getColumns().setAll(tables.attributeColumns());
        // Empty only when no customer has any attribute: say which column brings one.
        Label noAttribute = new Label(messages.get("segments.attribute.none"));
        noAttribute.setWrapText(true);
        table.setPlaceholder(noAttribute);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        drillRows(table, row -> viewModel.drills().attribute(viewModel.attributeProperty().get(), row.value()));
        ComboBox<CustomerAttribute> crossWith = new ComboBox<>(viewModel.attributes());
        crossWith.setId("segments-cross-with");
        crossWith.setPromptText(messages.get("segments.attribute.crossNone"));
        crossWith.setConverter(converter(value -> messages.get("lapse.attribute." + value.name().toLowerCase(Locale.ROOT))));
        crossWith.valueProperty().bindBidirectional(viewModel.crossWithProperty());
        Button noCross = new Button(messages.get("segments.attribute.crossClear"));
        noCross.setOnAction(event -> viewModel.crossWithProperty().set(null));
        HBox bar = new HBox(8, new Label(messages.get("segments.attribute.by")), attribute,
                new Label(messages.get("segments.attribute.crossWith")), crossWith, noCross);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<CrossedSegment> crossed = new TableView<>(viewModel.crossedRows());
        crossed.setId("segments-crossed-table");
        crossed.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        crossed.setPlaceholder(new Label(messages.get("segments.attribute.crossHint")));
        drillRows(crossed, row -> viewModel.drills().crossed(viewModel.attributeProperty().get(), row.first(),
                viewModel.crossWithProperty().get(), row.second()));
        Runnable crossedColumns = () -> crossed.getColumns().setAll(tables.crossedColumns(
                attributeName(viewModel.attributeProperty().get()), attributeName(viewModel.crossWithProperty().get())));
        viewModel.attributeProperty().addListener((observable, before, after) -> crossedColumns.run());
        viewModel.crossWithProperty().addListener((observable, before, after) -> crossedColumns.run());
        crossedColumns.run();
        Node tableBox = withSave(table, "segments.file.attributes");
        Node crossedBox = withSave(crossed, "segments.file.crossed");
        GridPane grid = PageParts.twoColumns();
        grid.add(tableBox, 0, 0);
        grid.add(crossedBox, 1, 0);
        PageParts.grow(tableBox, crossedBox);
        VBox box = new VBox(8, bar, grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    private String attributeName(CustomerAttribute attribute) {
        return attribute == null ? "" : messages.get("lapse.attribute." + attribute.name().toLowerCase(Locale.ROOT));
    }

    /** A double-click or Enter on a row opens the customers it counts as the customer list; the tooltip says so. */
    private <T> void drillRows(TableView<T> table, java.util.function.Consumer<T> drill) {
        RowOpening.onOpen(table, drill);
        table.setTooltip(wrapped(messages.get("drill.tip.rows")));
    }

    private Node withSave(TableView<?> table, String fileNameKey) {
        return PageParts.withSave(saver, table, messages.get(fileNameKey));
    }



    private static CategorySeries emptySeries() {
        return CategorySeries.of(List.of(), new LinkedHashMap<String, List<Number>>());
    }



    /** What an empty table says: not ready until the first figures arrive, then that there are no sales yet. */
    private Label untilLoaded() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.when(viewModel.loadedProperty())
                .then(messages.get("segments.empty")).otherwise(messages.get("segments.loading")));
        return text;
    }
}
