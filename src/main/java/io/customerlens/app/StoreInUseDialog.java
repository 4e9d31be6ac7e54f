package io.customerlens.app;

import io.customerlens.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Another CustomerLens has this data open: says so in words and offers a read-only look at a copy, or quitting
 * (docs/decisions/0009).
 */
final class StoreInUseDialog {

    private final Messages messages;

    StoreInUseDialog(Messages messages) {
        this.messages = messages;
    }

    /** @return true when the user chose to open the data read-only, false to quit */
    boolean askReadOnly() {
        ButtonType readOnly = new ButtonType(messages.get("store.inUse.readOnly"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("store.inUse.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("store.inUse.text"), readOnly, quit);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(messages.get("store.inUse"));
        alert.getDialogPane().setId("store-in-use");
        alert.getDialogPane().setPrefWidth(520);
        return alert.showAndWait().filter(readOnly::equals).isPresent();
    }
}
