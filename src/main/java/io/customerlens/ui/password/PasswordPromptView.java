package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** The start dialog of encrypted data: a password field, Open and Quit; a refused password is said in red. */
public final class PasswordPromptView {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType open;
    private final PasswordPromptViewModel viewModel;

    public PasswordPromptView(PasswordPromptViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        dialog.setTitle(messages.get("ui.windowTitle"));
        dialog.setHeaderText(viewModel.header());
        open = new ButtonType(viewModel.openLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(viewModel.cancelLabel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().setId("password-prompt");

        Label message = new Label();
        message.setId("password-prompt-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.wrongProperty().subscribe(wrong -> {
            message.getStyleClass().remove("message-error");
            if (wrong) {
                message.getStyleClass().add("message-error");
                // The stylesheet of the main window is not loaded yet: red said here too.
                message.setStyle("-fx-text-fill: #c62828;");
            }
        });
        PasswordField field = new PasswordField();
        field.setId("password-prompt-field");
        field.setPromptText(messages.get("password.prompt.field"));
        field.textProperty().bindBidirectional(viewModel.passwordProperty());
        ((Button) dialog.getDialogPane().lookupButton(open)).disableProperty()
                .bind(viewModel.canOpenProperty().not());
        VBox content = new VBox(10, message, field);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        Platform.runLater(field::requestFocus);
    }

    /** Shows the dialog; the password typed, or empty when the user quits (or wants the other choices). */
    public Optional<StorePassword> ask() {
        return dialog.showAndWait().filter(open::equals).map(chosen -> viewModel.take());
    }
}
