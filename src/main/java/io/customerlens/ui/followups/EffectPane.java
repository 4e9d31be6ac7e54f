package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.ReasonStat;
import io.customerlens.ui.charts.BarLayout;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.ChartClicks;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.common.Choices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.RowOpening;
import io.customerlens.ui.common.TableSaver;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.RangeType;


import static io.customerlens.ui.common.Choices.converter;

/**
 * The effect panel: the window, the headline figures beside the win-back rate chart, the figures per reason
 * code, channel or salesperson, and why customers stopped (table and chart). Scrolls, so nothing is cut on a
 * small window.
 */
final class EffectPane {

    private static final int MAX_WINDOW_DAYS = 365;
    private static final double CHART_HEIGHT = 280;
    private static final double TABLE_HEIGHT = 230;
    /** All ten reason codes without a scroll bar. */
    private static final double REASONS_HEIGHT = 300;

    private final ScrollPane root;

    EffectPane(EffectViewModel viewModel, FollowUpTexts texts, Charts charts, TableSaver saver) {
        Messages messages = texts.messages();
        EffectColumns columns = new EffectColumns(texts);

        Label windowLabel = new Label(messages.get("followupsView.effect.window"));
        windowLabel.setTooltip(Choices.wrapped(messages.get("followupsView.effect.window.tip")));
        Spinner<Integer> window = new Spinner<>(1, MAX_WINDOW_DAYS, viewModel.windowDaysProperty().get());
        window.setId("followups-effect-window");
        window.setEditable(true);
        window.setPrefWidth(90);
        window.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.windowDaysProperty().set(after);
            }
        });
        // A change made elsewhere (another page, the settings dialog) shows here too.
        viewModel.windowDaysProperty().addListener((observable, before, after) -> window.getValueFactory().setValue(after.intValue()));
        Label summary = new Label();
        summary.setId("followups-effect-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox bar = new HBox(8, windowLabel, window, summary);
        bar.setAlignment(Pos.CENTER_LEFT);

        Node figures = DetailGrid.of(viewModel.figures(), "followups-effect-", "fact-value");
        Label figuresTip = new Label(messages.get("followupsView.effect.explained"));
        figuresTip.getStyleClass().add("hint");
        figuresTip.setWrapText(true);
        VBox figuresBox = new VBox(10, figures, figuresTip);

        LiveChart<CategorySeries> rates = charts.percentages(new ChartLabels(
                messages.get("followupsView.effect.chart.rateTitle"), "", messages.get("followupsView.effect.chart.rate")),
                viewModel.rateChart());
        // Rates are never negative: without this, all-zero rates centre the axis on 0 and show "-0%" ticks.
        NumberAxis rateAxis = (NumberAxis) rates.chart().getCategoryPlot().getRangeAxis();
        rateAxis.setRangeType(RangeType.POSITIVE);
        rateAxis.setAutoRangeMinimumSize(0.1); // all rates 0: an axis to 10 %, not ten ticks of "0%"
        ComboBox<EffectGrouping> grouping = new ComboBox<>();
        grouping.setId("followups-effect-grouping");
        grouping.getItems().setAll(EffectGrouping.values());
        grouping.setConverter(converter(value -> messages.get(value.labelKey())));
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());
        TableView<EffectGroupRow> groups = new TableView<>(viewModel.groupRows());
        groups.setId("followups-effect-table");
        groups.getColumns().setAll(columns.groups());
        groups.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        groups.setPrefHeight(TABLE_HEIGHT);
        groups.setPlaceholder(new Label(messages.get("followupsView.effect.empty")));
        StackPane ratesPlace = chartOrHint(rates.viewer(), messages.get("followupsView.effect.chart.empty"),
                viewModel.hasRateBars());
        viewModel.groupRows().addListener((ListChangeListener<EffectGroupRow>) change -> {
            rates.show(viewModel.rateChart());
            showChart(ratesPlace, viewModel.hasRateBars());
        });
        HBox groupBar = new HBox(8, new Label(messages.get("followupsView.effect.by")), grouping);
        groupBar.setAlignment(Pos.CENTER_LEFT);

        LiveChart<CategorySeries> reasonChart = charts.bars(new ChartLabels(
                messages.get("followupsView.reasons.chart.title"), "", messages.get("followupsView.effect.chart.customers")),
                BarLayout.SIDE_BY_SIDE, viewModel.reasonChart());
        TableView<ReasonStat> reasons = new TableView<>(viewModel.reasons());
        reasons.setId("followups-reasons-table");
        reasons.getColumns().setAll(columns.reasons());
        Label noReasons = new Label(messages.get("followupsView.reasons.empty"));
        noReasons.setWrapText(true);
        reasons.setPlaceholder(noReasons);
        reasons.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        reasons.setPrefHeight(REASONS_HEIGHT);
        StackPane reasonsPlace = chartOrHint(reasonChart.viewer(), messages.get("followupsView.reasons.chart.empty"),
                viewModel.hasReasonBars());
        viewModel.reasons().addListener((ListChangeListener<ReasonStat>) change -> {
            reasonChart.show(viewModel.reasonChart());
            showChart(reasonsPlace, viewModel.hasReasonBars());
        });
        // A reason's customers open as a list, from its row or its bar (like the other drill-downs).
        RowOpening.onOpen(reasons, viewModel::drill);
        reasons.setTooltip(Choices.wrapped(messages.get("drill.tip.rows")));
        ChartClicks.onBar(reasonChart, messages.get("drill.tip.click"), viewModel::drillReasonAt);
        Label reasonsTitle = new Label(messages.get("followupsView.reasons.title"));
        reasonsTitle.getStyleClass().add("section-title");
        reasonsTitle.setTooltip(Choices.wrapped(messages.get("followupsView.reasons.tip")));

        GridPane grid = PageParts.twoColumns();
        grid.add(figuresBox, 0, 0);
        grid.add(ratesPlace, 1, 0);
        grid.add(groupBar, 0, 1, 2, 1);
        grid.add(PageParts.withSave(saver, groups, messages.get("followupsView.effect.file")), 0, 2, 2, 1);
        grid.add(reasonsTitle, 0, 3, 2, 1);
        grid.add(PageParts.withSave(saver, reasons, messages.get("followupsView.reasons.file")), 0, 4);
        grid.add(reasonsPlace, 1, 4);

        VBox content = new VBox(10, bar, grid);
        content.setPadding(new javafx.geometry.Insets(8, 16, 8, 4));
        root = new ScrollPane(content);
        root.setId("followups-effect-pane");
        root.setFitToWidth(true);
    }

    /**
     * The chart, or in its place a line saying when it will have bars: an empty chart is a bare frame and axis
     * that reads like a fault.
     */
    private static StackPane chartOrHint(ChartViewer viewer, String hint, boolean shown) {
        Label label = new Label(hint);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        StackPane place = new StackPane(sized(viewer), label);
        StackPane.setAlignment(label, Pos.TOP_LEFT);
        for (Node child : place.getChildren()) {
            child.managedProperty().bind(child.visibleProperty());
        }
        showChart(place, shown);
        return place;
    }

    private static void showChart(StackPane place, boolean shown) {
        place.getChildren().get(0).setVisible(shown);
        place.getChildren().get(1).setVisible(!shown);
    }

    private static ChartViewer sized(ChartViewer viewer) {
        viewer.setPrefHeight(CHART_HEIGHT);
        viewer.setMinHeight(CHART_HEIGHT);
        return viewer;
    }

    Node node() {
        return root;
    }

}
