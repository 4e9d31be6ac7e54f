package io.customerlens.ui.settings;

import io.customerlens.settings.LocaleChoice;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.password.PasswordChangeView;
import io.customerlens.ui.password.PasswordChangeViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Optional;

/**
 * The settings dialog: language (applies at once), figures and the data's password on one tab, where the data is (a
 * folder or a team server, used from the next start) on the next, the analysis settings every page shares on the last.
 */
public final class SettingsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SettingsViewModel viewModel;
    private final Messages messages;
    private final Window owner;

    /** @param owner the main window; null when the store could not be opened and there is none */
    public SettingsDialog(SettingsViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("settings.apply"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("settings.cancel"));

        ComboBox<LocaleChoice> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(viewModel.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocaleChoice choice) {
                return choice == null ? "" : messages.get("settings.language." + choice.name());
            }

            @Override
            public LocaleChoice fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        Label languageHint = hint(messages.get("settings.language.hint"));

        GridPane grid = formGrid();
        grid.addRow(0, new Label(messages.get("settings.language.label")), language);
        grid.add(languageHint, 1, 1);
        CheckBox wan = new CheckBox(messages.get("settings.figures.wan"));
        wan.setId("settings-amounts-in-wan");
        wan.selectedProperty().bindBidirectional(viewModel.amountsInWanProperty());
        CheckBox red = new CheckBox(messages.get("settings.figures.risingRed"));
        red.setId("settings-rising-red");
        red.selectedProperty().bindBidirectional(viewModel.risingRedProperty());
        grid.addRow(2, new Label(messages.get("settings.figures.label")), wan);
        grid.add(red, 1, 3);
        grid.add(hint(messages.get("settings.figures.hint")), 1, 4);
        grid.addRow(5, new Label(messages.get("settings.password.label")), passwordLine());
        grid.add(hint(messages.get("settings.password.hint")), 1, 6);
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("notice");
        Tab general = new Tab(messages.get("settings.tab.general"), grid);
        general.setId("settings-tab-general");
        Tab location = new Tab(messages.get("settings.tab.location"),
                new ServerChoicePane(viewModel, messages, () -> dialog.getDialogPane().getScene().getWindow()).node());
        location.setId("settings-tab-location");
        Tab analysis = new Tab(messages.get("settings.tab.analysis"),
                new AnalysisSettingsPane(viewModel.analysis(), messages).node());
        analysis.setId("settings-tab-analysis");
        TabPane tabs = new TabPane(general, location, analysis);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        grid.setPadding(new javafx.geometry.Insets(12, 4, 4, 4));
        dialog.getDialogPane().setContent(new VBox(8, tabs, problem));
        dialog.getDialogPane().setPrefWidth(760);
        // A draft that cannot be applied (weights not adding up to 100 ...) keeps the dialog open and says why.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> locationProblem = viewModel.locationProblem(messages);
            Optional<String> analysisProblem = viewModel.analysis().problem(messages);
            locationProblem.or(() -> analysisProblem).ifPresent(text -> {
                problem.setText(text);
                tabs.getSelectionModel().select(locationProblem.isPresent() ? location : analysis);
                event.consume();
            });
        });
        if (owner != null) {
            // Same look and fonts as the main window (the dialog is a scene of its own).
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().stream()
                    .filter(styleClass -> styleClass.startsWith("lang-")).toList());
        }
    }

    /** The data's password: where it stands, and the button that sets, changes or removes it. */
    private HBox passwordLine() {
        Label state = new Label();
        state.setId("settings-password-state");
        state.textProperty().bind(viewModel.passwordStateProperty().map(key -> messages.get("settings.password." + key)));
        Button edit = new Button(messages.get(viewModel.protection().encrypted() ? "settings.password.change"
                : "settings.password.set"));
        edit.setId("settings-password");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.setDisable(!viewModel.protection().available());
        edit.setOnAction(event -> new PasswordChangeView(new PasswordChangeViewModel(messages, viewModel.protection(),
                viewModel::choosePassword), messages, dialog.getDialogPane().getScene().getWindow()).show());
        HBox line = new HBox(10, edit, state);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    /** A grid of labels and fields, as every tab lays them out: labels keep their full width, fields take the rest. */
    static GridPane formGrid() {
        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(460);
        label.getStyleClass().add("hint");
        return label;
    }

    /**
     * Shows the dialog and stores the settings when the user confirms, before any store is open (the app uses them
     * at once, so no restart is mentioned).
     *
     * @return whether the user confirmed
     */
    public boolean showAndStore() {
        boolean confirmed = dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
        if (confirmed) {
            viewModel.apply();
        }
        return confirmed;
    }

    /** Shows the dialog and stores the settings when the user confirms; says when a restart is needed. */
    public void showAndApply() {
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            viewModel.apply();
            if (viewModel.serverNeedsRestart() || viewModel.dataFolderNeedsRestart()) {
                String text = viewModel.serverNeedsRestart() ? messages.get("settings.server.restart")
                        : messages.format("settings.dataFolder.restart", viewModel.folderInUse().toString());
                Alert restart = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
                restart.initOwner(owner);
                restart.setHeaderText(null);
                restart.setTitle(messages.get("settings.title"));
                restart.showAndWait();
            }
        });
    }
}
