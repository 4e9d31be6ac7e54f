package io.customerlens.ui.common;

import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;

/** The window's status bar: the running job's message and progress, and Cancel while it can be stopped. */
public final class StatusBarView {

    private final StatusBar statusBar = new StatusBar();

    public StatusBarView(TaskStatus status, Messages messages) {
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(status.messageProperty());
        // ControlsFX shows no bar at progress 0, so idle shows nothing and indeterminate (-1) spins.
        statusBar.progressProperty().bind(status.progressProperty());

        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(status.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> status.cancel());
        statusBar.getRightItems().add(cancel);
    }

    public StatusBar node() {
        return statusBar;
    }
}
