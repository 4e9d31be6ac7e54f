package io.customerlens.ui.password;

import io.customerlens.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog behind Settings → Data password: current, new and repeated password, or remove it. */
public final class PasswordChangeView {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PasswordChangeView(PasswordChangeViewModel viewModel, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(viewModel.encrypted() ? "password.change.titleChange" : "password.change.titleSet"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("password-change");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("password.change.apply"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("settings.cancel"));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        PasswordField next = field("password-change-next", viewModel.nextProperty().getName());
        next.textProperty().bindBidirectional(viewModel.nextProperty());
        PasswordField repeat = field("password-change-repeat", viewModel.repeatProperty().getName());
        repeat.textProperty().bindBidirectional(viewModel.repeatProperty());
        if (viewModel.encrypted()) {
            PasswordField current = field("password-change-current", viewModel.currentProperty().getName());
            current.textProperty().bindBidirectional(viewModel.currentProperty());
            grid.addRow(row++, new Label(messages.get("password.change.current")), current);
        }
        grid.addRow(row++, new Label(messages.get("password.change.next")), next);
        grid.addRow(row++, new Label(messages.get("password.change.repeat")), repeat);
        if (viewModel.encrypted()) {
            CheckBox remove = new CheckBox(messages.get("password.change.remove"));
            remove.setId("password-change-remove");
            remove.selectedProperty().bindBidirectional(viewModel.removeProperty());
            next.disableProperty().bind(remove.selectedProperty());
            repeat.disableProperty().bind(remove.selectedProperty());
            grid.add(remove, 1, row++);
        }
        Label hint = new Label(messages.get("password.change.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(440);
        hint.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("password-change-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.getStyleClass().add("message-error");
        problem.textProperty().bind(viewModel.problemProperty());
        dialog.getDialogPane().setContent(new VBox(10, grid, hint, problem));
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (!viewModel.apply()) {
                event.consume();
            }
        });
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        }
    }

    private static PasswordField field(String id, String name) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(name);
        field.setPrefColumnCount(22);
        return field;
    }

    /** Shows the dialog; the change is made by the view model when the user confirms. */
    public void show() {
        dialog.showAndWait();
    }
}
