package io.customerlens.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** A question with a yes and a no, in a window of its own that keeps the page's style and language font. */
public final class Confirmation {

    private Confirmation() {
    }

    /** @return whether the user chose {@code yes}; the dialog's id is {@code id}, for tests */
    public static boolean ask(Node styledFrom, String id, String title, String text, String yes, String no) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, confirm, cancel);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId(id);
        if (styledFrom.getScene() != null) {
            alert.initOwner(styledFrom.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(styledFrom.getScene().getRoot().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(styledFrom.getScene().getRoot().getStyleClass().stream()
                    .filter(style -> style.startsWith("lang-")).toList());
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
