package io.customerlens.ui.settings;

import io.customerlens.ui.common.DateFields;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.RfmWindow;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The settings dialog's analysis tab: every choice the pages share, grouped as the pages are, in a scroll pane so
 * it fits a 1366×768 screen, with "Reset to defaults". Lays out and binds only; the draft holds the values.
 */
final class AnalysisSettingsPane {

    private final AnalysisDraft draft;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    AnalysisSettingsPane(AnalysisDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
    }

    Node node() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));

        Label intro = new Label(messages.get("settings.analysis.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(620);
        intro.getStyleClass().add("hint");
        grid.add(intro, 0, row++, 2, 1);

        section("settings.analysis.lapse");
        line("settings.analysis.lapseMonths", spinner("settings-lapse-months", draft.lapseMonthsProperty(),
                LapseWindow.MIN, LapseWindow.MAX, 1));
        line("settings.analysis.asOf", asOf());

        section("settings.analysis.rfm");
        line("settings.analysis.rfmWindow", combo("settings-rfm-window", draft.rfmWindowProperty(),
                List.of(RfmWindow.values()), value -> "segments.window." + value.name().toLowerCase(Locale.ROOT)));
        line("settings.analysis.rfmMethod", combo("settings-rfm-method", draft.rfmMethodProperty(),
                List.of(ThresholdMethod.values()), value -> "segments.method." + value.name().toLowerCase(Locale.ROOT)));
        line("settings.analysis.fixed", fixedThresholds());

        section("settings.analysis.segments");
        line("settings.analysis.tiers", new HBox(6,
                new Label(messages.get("settings.analysis.tierA")),
                spinner("settings-tier-a", draft.tierAProperty(), 0, 100, 5), new Label("%"),
                new Label(messages.get("settings.analysis.tierB")),
                spinner("settings-tier-b", draft.tierBProperty(), 0, 100, 5), new Label("%")));
        line("settings.analysis.weights", weights());
        line("segments.cutoffs", new HBox(6,
                new Label(messages.get("segments.cutoff.strategic")),
                spinner("settings-cutoff-strategic", draft.strategicProperty(), 0, 100, 5),
                new Label(messages.get("segments.cutoff.key")),
                spinner("settings-cutoff-key", draft.keyProperty(), 0, 100, 5)));

        section("settings.analysis.products");
        line("settings.analysis.bcgUnit", bcgUnit());
        line("settings.analysis.bcgPeriod", combo("settings-bcg-period", draft.bcgPeriodProperty(),
                AnalysisDraft.BCG_PERIODS, ComparisonPeriod::messageKey));

        section("settings.analysis.tasks");
        line("settings.analysis.capacity", spinner("settings-task-capacity", draft.taskCapacityProperty(), 1, 200, 1));
        line("settings.analysis.horizon", spinner("settings-task-horizon", draft.taskHorizonDaysProperty(), 1, 60, 1));
        line("settings.analysis.winBack", spinner("settings-win-back", draft.winBackWindowDaysProperty(), 1, 365, 5));

        Button reset = new Button(messages.get("settings.analysis.reset"));
        reset.setId("settings-analysis-reset");
        reset.setOnAction(event -> draft.resetToDefaults());
        grid.add(reset, 0, row++, 2, 1);

        ScrollPane scrolling = new ScrollPane(grid);
        scrolling.setId("settings-analysis");
        scrolling.setFitToWidth(true);
        scrolling.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Fits a 1366×768 screen with the dialog's title, tabs and buttons.
        scrolling.setPrefViewportHeight(430);
        return scrolling;
    }

    private void section(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        grid.add(title, 0, row++, 2, 1);
    }

    private void line(String labelKey, Node control) {
        Label label = new Label(messages.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, label, control);
    }

    private Node asOf() {
        DatePicker picker = new DatePicker();
        picker.setId("settings-as-of");
        DateFields.install(picker, messages);
        picker.setPromptText(messages.get("lapse.asOf.latest"));
        picker.valueProperty().bindBidirectional(draft.asOfProperty());
        Button latest = new Button(messages.get("lapse.asOf.useLatest"));
        latest.setOnAction(event -> draft.asOfProperty().set(null));
        Label hint = new Label(messages.get("settings.analysis.asOf.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("hint");
        HBox line = new HBox(6, picker, latest);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line, hint);
    }

    private Node fixedThresholds() {
        TextField amount = new TextField();
        amount.setId("settings-rfm-fixed-amount");
        amount.setPrefColumnCount(9);
        amount.textProperty().bindBidirectional(draft.fixedAmountProperty());
        HBox line = new HBox(6,
                new Label(messages.get("settings.analysis.fixed.days")),
                spinner("settings-rfm-fixed-days", draft.fixedRecencyDaysProperty(), 0, 3650, 10),
                new Label(messages.get("settings.analysis.fixed.orders")),
                spinner("settings-rfm-fixed-orders", draft.fixedOrdersProperty(), 0, 1000, 1),
                new Label(messages.get("settings.analysis.fixed.amount")), amount);
        line.setAlignment(Pos.CENTER_LEFT);
        line.disableProperty().bind(draft.rfmMethodProperty().isNotEqualTo(ThresholdMethod.FIXED));
        return line;
    }

    private Node weights() {
        GridPane weights = new GridPane(8, 4);
        int index = 0;
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            Label name = new Label(messages.get("segments.criterion." + criterion.code()));
            Spinner<Integer> spinner = spinner("settings-weight-" + criterion.code(), draft.weightProperty(criterion),
                    0, 100, 5);
            weights.add(name, (index % 3) * 2, index / 3);
            weights.add(spinner, (index % 3) * 2 + 1, index / 3);
            index++;
        }
        Label sum = new Label();
        sum.setId("settings-weights-sum");
        IntegerProperty[] all = java.util.Arrays.stream(KeyAccountCriterion.values()).map(draft::weightProperty)
                .toArray(IntegerProperty[]::new);
        sum.textProperty().bind(Bindings.createStringBinding(() -> messages.format("settings.analysis.weightsSum",
                java.util.Arrays.stream(all).mapToInt(IntegerProperty::get).sum()), all));
        return new VBox(4, weights, sum);
    }

    private Node bcgUnit() {
        ComboBox<BcgUnit> unit = new ComboBox<>();
        unit.setId("settings-bcg-unit");
        unit.getItems().add(null);
        unit.getItems().addAll(BcgUnit.values());
        unit.setConverter(converter(value -> value == null ? messages.get("settings.analysis.bcgUnit.auto")
                : messages.get(value.messageKey())));
        unit.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(BcgUnit item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get("settings.analysis.bcgUnit.auto") : messages.get(item.messageKey()));
            }
        });
        unit.valueProperty().bindBidirectional(draft.bcgUnitProperty());
        return unit;
    }

    private <T> ComboBox<T> combo(String id, ObjectProperty<T> value, List<T> items, Function<T, String> key) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(items);
        combo.setConverter(converter(item -> item == null ? "" : messages.get(key.apply(item))));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                Math.clamp(value.get(), min, max), step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                value.set(after);
            }
        });
        value.addListener((observable, before, after) -> spinner.getValueFactory().setValue(
                Math.clamp(after.intValue(), min, max)));
        return spinner;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
