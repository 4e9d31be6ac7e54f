package io.customerlens.ui.backtest;

import io.customerlens.ui.common.DateFields;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.risk.ValidationCheck;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.charts.LiveChart;
import io.customerlens.ui.charts.ShareLines;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;

import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The Backtest page (回测): cut-off, H and K with a Run button on top; the sentence a salesperson reads, what a
 * random pick would have caught and which ranking the app uses and why; below, in tabs, the rankings side by side
 * with the lift chart, and the reliability chart with the Brier score and the model's earlier checks.
 */
public final class BacktestView {

    private static final double ROW_HEIGHT = 26;
    private static final int MIN_ROWS = 6;
    /** The header and a little room for a horizontal scroll bar, in rows. */
    private static final double HEADER_ROWS = 1.8;

    private final BacktestViewModel viewModel;
    private final Messages messages;
    private final Charts charts;
    private final TableSaver saver;
    private final BacktestColumns columns;
    private final VBox root = new VBox(8);

    public BacktestView(BacktestViewModel viewModel, Messages messages, Charts charts, TableSaver saver) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = charts;
        this.saver = saver;
        this.columns = new BacktestColumns(messages, new BacktestTexts(messages));
        root.setId("backtest-view");
        root.getStyleClass().add("page");

        Label title = new Label(messages.get("backtest.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
        Label purpose = new Label(messages.get("backtest.purpose"));
        purpose.getStyleClass().add("hint");
        purpose.setWrapText(true);
        HBox heading = new HBox(16, title, purpose);
        heading.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(purpose, Priority.ALWAYS);

        Label problem = PageParts.notice(viewModel.cutoffProblemProperty());
        problem.setId("backtest-cutoff-problem");
        problem.setWrapText(true);
        Label notice = PageParts.notice(viewModel.noticeProperty());
        Label saved = saver.messageLabel();

        Label sentence = new Label();
        sentence.setId("backtest-sentence");
        sentence.getStyleClass().addAll("lead-text", "fact-value-small");
        sentence.setWrapText(true);
        sentence.textProperty().bind(Bindings.when(viewModel.runningProperty().and(
                        viewModel.sentenceProperty().isEmpty()))
                .then(messages.get("backtest.placeholder.running")).otherwise(viewModel.sentenceProperty()));
        sentence.setTooltip(wrapped(messages.get("backtest.sentence.tip")));
        Label baseline = PageParts.explanation(viewModel.baselineProperty());
        baseline.setId("backtest-baseline");
        Label ranking = PageParts.explanation(viewModel.rankingTextProperty());
        ranking.setId("backtest-ranking");
        ranking.getStyleClass().setAll("label", "lead-text");
        ranking.setTooltip(wrapped(messages.get("backtest.ranking.tip")));

        TabPane tabs = new TabPane(
                PageParts.tab(messages, "backtest-tab-rankings", "backtest.tab.rankings", rankingsPane()),
                PageParts.tab(messages, "backtest-tab-calibration", "backtest.tab.calibration", calibrationPane()));
        tabs.setId("backtest-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(heading, inputBar(), problem, notice, sentence, baseline, ranking, saved, tabs);
    }

    public VBox node() {
        return root;
    }

    private HBox inputBar() {
        Label cutoffLabel = new Label(messages.get("backtest.cutoff"));
        cutoffLabel.setTooltip(wrapped(messages.get("backtest.cutoff.tip")));
        DatePicker cutoff = new DatePicker();
        cutoff.setId("backtest-cutoff");
        cutoff.setPrefWidth(130);
        // ISO dates as the app shows them everywhere (and as the sentence below says the cut-off); the language's own way typed too.
        DateFields.install(cutoff, messages);
        cutoff.setPromptText(messages.get("backtest.cutoff.prompt"));
        cutoff.valueProperty().bindBidirectional(viewModel.cutoffProperty());
        cutoff.setTooltip(wrapped(messages.get("backtest.cutoff.tip")));
        // Days after the latest possible cut-off cannot be picked: the months after them are not in the data yet.
        cutoff.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                LocalDate latest = viewModel.latestCutoffProperty().get();
                setDisable(empty || day == null || latest != null && day.isAfter(latest));
            }
        });
        Button latest = new Button(messages.get("backtest.cutoff.latest"));
        latest.setId("backtest-cutoff-latest");
        latest.setTooltip(wrapped(messages.get("backtest.cutoff.latest.tip")));
        latest.setOnAction(event -> viewModel.useLatestCutoff());

        Label horizonLabel = new Label(messages.get("backtest.horizon"));
        horizonLabel.setTooltip(wrapped(messages.get("backtest.horizon.tip")));
        Spinner<Integer> horizon = spinner("backtest-horizon", LapseWindow.MIN, LapseWindow.MAX,
                viewModel.horizonMonthsProperty().get());
        horizon.setTooltip(wrapped(messages.get("backtest.horizon.tip")));
        follow(horizon, viewModel.horizonMonthsProperty());

        Label topLabel = new Label(messages.get("backtest.top"));
        topLabel.setTooltip(wrapped(messages.get("backtest.top.tip")));
        Spinner<Integer> top = spinner("backtest-top", BacktestViewModel.MIN_TOP, BacktestViewModel.MAX_TOP,
                viewModel.topKProperty().get());
        top.setTooltip(wrapped(messages.get("backtest.top.tip")));
        follow(top, viewModel.topKProperty());

        Button run = new Button(messages.get("backtest.run"));
        run.setId("backtest-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.canRunProperty().not());
        run.setTooltip(wrapped(messages.get("backtest.run.tip")));
        run.setOnAction(event -> viewModel.run());
        Button cancel = new Button(messages.get("backtest.cancel"));
        cancel.setId("backtest-cancel");
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> viewModel.cancel());

        HBox bar = new HBox(8, cutoffLabel, cutoff, latest, horizonLabel, horizon, topLabel, top, run, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.clamp(value, min, max));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        return spinner;
    }

    /** The spinner and the view model's value follow each other (H also follows the shared lapse window). */
    private static void follow(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty value) {
        spinner.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                value.set(after);
            }
        });
        value.addListener((observable, before, after) -> spinner.getValueFactory().setValue(after.intValue()));
    }

    private Node rankingsPane() {
        TableView<BacktestRow> table = new TableView<>(viewModel.rows());
        table.setId("backtest-rankings");
        table.getColumns().setAll(columns.rankings());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder());
        LiveChart<ShareLines> lift = charts.shares(new ChartLabels(messages.get("backtest.lift.title"),
                messages.get("backtest.lift.x"), messages.get("backtest.lift.y")), viewModel.liftProperty().get());
        viewModel.liftProperty().addListener((observable, before, after) -> lift.show(after));
        Label liftHint = new Label(messages.get("backtest.lift.hint"));
        liftHint.getStyleClass().add("hint");
        liftHint.setWrapText(true);
        VBox chart = new VBox(4, lift.viewer(), liftHint);
        VBox.setVgrow(lift.viewer(), Priority.ALWAYS);
        // As tall as its rows (a handful of rankings), with what the figures mean under it.
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(MIN_ROWS, Bindings.size(viewModel.rows()))
                .add(HEADER_ROWS).multiply(ROW_HEIGHT));
        table.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label explained = new Label(messages.get("backtest.rankings.explained"));
        explained.getStyleClass().add("hint");
        explained.setWrapText(true);
        VBox tableBox = new VBox(8, PageParts.withSave(saver, table, messages.get("backtest.file.rankings")), explained);
        VBox.setVgrow(table, Priority.NEVER);
        GridPane grid = PageParts.twoColumns();
        // The table's four columns need a little more than half the width; the chart reads well in the rest.
        grid.getColumnConstraints().get(0).setPercentWidth(54);
        grid.getColumnConstraints().get(1).setPercentWidth(46);
        grid.add(tableBox, 0, 0);
        grid.add(chart, 1, 0);
        PageParts.grow(tableBox, chart);
        return grid;
    }

    private Node calibrationPane() {
        LiveChart<ShareLines> reliability = charts.shares(new ChartLabels(messages.get("backtest.reliability.title"),
                messages.get("backtest.reliability.x"), messages.get("backtest.reliability.y")),
                viewModel.reliabilityProperty().get());
        viewModel.reliabilityProperty().addListener((observable, before, after) -> reliability.show(after));
        Label brier = PageParts.explanation(viewModel.brierTextProperty());
        brier.setId("backtest-brier");
        brier.setTooltip(wrapped(messages.get("backtest.brier.tip")));
        VBox chart = new VBox(4, reliability.viewer(), brier);
        VBox.setVgrow(reliability.viewer(), Priority.ALWAYS);

        TableView<ValidationCheck> table = new TableView<>(viewModel.checks());
        table.setId("backtest-checks");
        table.getColumns().setAll(columns.checks());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder());
        Label checksTitle = new Label(messages.get("backtest.checks.title"));
        checksTitle.getStyleClass().add("section-title");
        Label checksHint = new Label(messages.get("backtest.checks.hint"));
        checksHint.getStyleClass().add("hint");
        checksHint.setWrapText(true);
        VBox checks = new VBox(6, checksTitle, checksHint,
                PageParts.withSave(saver, table, messages.get("backtest.file.checks")));
        VBox.setVgrow(checks.getChildren().getLast(), Priority.ALWAYS);

        GridPane grid = PageParts.twoColumns();
        grid.add(chart, 0, 0);
        grid.add(checks, 1, 0);
        PageParts.grow(chart, checks);
        return grid;
    }

    /** Loading, running, or nothing to show, as the table's empty text. */
    private Label placeholder() {
        StringBinding text = Bindings.createStringBinding(() -> {
            if (!viewModel.loadedProperty().get()) {
                return messages.get("backtest.placeholder.loading");
            }
            if (viewModel.runningProperty().get()) {
                return messages.get("backtest.placeholder.running");
            }
            return viewModel.lastDateProperty().get() == null ? messages.get("backtest.empty")
                    : messages.get("backtest.placeholder.none");
        }, viewModel.loadedProperty(), viewModel.runningProperty(), viewModel.lastDateProperty());
        Label empty = new Label();
        empty.textProperty().bind(text);
        empty.setWrapText(true);
        return empty;
    }
}
