package io.customerlens.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The window's status bar: the running job's message and progress, Cancel while it can be stopped, and at the
 * right what is being prepared aside.
 */
public final class StatusBarView {

    private final StatusBar statusBar = new StatusBar();
    private final TaskStatus status;

    public StatusBarView(TaskStatus status, Messages messages) {
        this.status = status;
        statusBar.setId("status-bar");
        statusBar.textProperty().bind(status.messageProperty());
        // ControlsFX shows no bar at progress 0, so idle shows nothing and indeterminate (-1) spins.
        statusBar.progressProperty().bind(status.progressProperty());
        // A failed job's message in red, until the next job starts.
        status.messageKindProperty().subscribe(kind -> kind.applyTo(statusBar.getStyleClass()));

        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(status.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> status.cancel());
        statusBar.getRightItems().addAll(asideMark(), cancel);
    }

    /** What is being prepared aside (the call list's learning): a small spinner and its title, hidden when none. */
    private Node asideMark() {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(14, 14);
        Label text = new Label();
        text.textProperty().bind(status.asideProperty());
        HBox mark = new HBox(6, spinner, text);
        mark.setId("status-aside");
        mark.setAlignment(Pos.CENTER_RIGHT);
        mark.setPadding(new Insets(0, 8, 0, 0));
        mark.visibleProperty().bind(status.asideProperty().isNotEmpty());
        mark.managedProperty().bind(mark.visibleProperty());
        return mark;
    }

    /**
     * A lasting mark at the left of the bar: this window reads a copy of the data and changes nothing
     * (docs/decisions/0009).
     */
    public void showReadOnly(String text, String tip) {
        Label mark = new Label(text);
        mark.setId("read-only-mark");
        mark.getStyleClass().add("read-only-mark");
        mark.setStyle("-fx-font-weight: bold; -fx-text-fill: #b45309; -fx-padding: 0 12 0 0;");
        mark.setTooltip(new Tooltip(tip));
        statusBar.getLeftItems().add(mark);
    }

    /** A lasting mark at the left of the bar: who is signed in to the team store (docs/decisions/0020). */
    public void showSignedIn(String text) {
        Label mark = new Label(text);
        mark.setId("signed-in-mark");
        mark.setStyle("-fx-padding: 0 12 0 0;");
        statusBar.getLeftItems().add(mark);
    }

    public StatusBar node() {
        return statusBar;
    }

    /**
     * A badge for the top of the page area while work runs (centred: titles sit left, page actions right): a page
     * whose figures are still being computed says so where the user looks, not only in the status bar. It takes no clicks, so the page stays usable under it.
     */
    public Node workingBadge() {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        Label text = new Label();
        text.textProperty().bind(status.messageProperty());
        HBox badge = new HBox(6, spinner, text);
        badge.setId("working-badge");
        badge.getStyleClass().add("working-badge");
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        badge.setMouseTransparent(true);
        badge.visibleProperty().bind(status.runningProperty());
        StackPane.setAlignment(badge, Pos.TOP_CENTER);
        StackPane.setMargin(badge, new Insets(6, 0, 0, 0));
        return badge;
    }
}
