package io.customerlens.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Layout pieces the analysis pages share, so each page lays out only what is its own. */
public final class PageParts {

    private PageParts() {
    }

    /** A one-line message that takes no room while it is empty. */
    public static Label notice(ObservableStringValue text) {
        Label notice = new Label();
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(text);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        return notice;
    }

    /**
     * A one-line message that says how something went, in the style of {@code kind}: green when it worked, red when
     * it failed (the plain {@link #notice(ObservableStringValue)} is for problems only).
     */
    public static Label notice(ObservableStringValue text, ObservableValue<MessageKind> kind) {
        Label notice = new Label();
        notice.getStyleClass().add("page-message");
        notice.textProperty().bind(text);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        kind.subscribe(shown -> shown.applyTo(notice.getStyleClass()));
        return notice;
    }

    /** A line that explains what the page shows (not a problem): grey, wrapped, no room while empty. */
    public static Label explanation(ObservableStringValue text) {
        Label line = new Label();
        line.getStyleClass().add("hint");
        line.setWrapText(true);
        // All its lines, even where a chart or a table beside it wants the height.
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(text);
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        return line;
    }

    /** A table with its "Save as Excel…" button under it; the file name is suggested in the dialog. */
    public static Node withSave(TableSaver saver, TableView<?> table, String suggestedFileName, Node... before) {
        Button save = saver.saveButton(table, suggestedFileName);
        // Whatever else sits in the row (a message, other actions) gives way before the button is cut.
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, before);
        actions.getChildren().add(save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** A grid of two equal columns; the given cells take the page's width and height. */
    public static GridPane twoColumns(Node... growing) {
        GridPane grid = new GridPane(12, 8);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(50);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(50);
        grid.getColumnConstraints().setAll(left, right);
        grow(growing);
        return grid;
    }

    /** A fixed tab titled from the bundle; the id lets tests and Home's links pick it. */
    public static Tab tab(Messages messages, String id, String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    /**
     * Keeps a title, a button or a short label at the width of its whole text: a row that runs short of room
     * squeezes what can wrap or scroll, never these into an ellipsis (at 1366×768 and in English too).
     */
    public static void keepWhole(Region... nodes) {
        for (Region node : nodes) {
            node.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** Puts an action at the right end of a page's heading (the shell adds the print buttons this way). */
    public static void addAtRight(HBox heading, Node action) {
        if (action instanceof Region region) {
            keepWhole(region);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        heading.getChildren().addAll(spacer, action);
    }

    /** Lets grid cells take the room left over. */
    public static void grow(Node... nodes) {
        for (Node node : nodes) {
            GridPane.setVgrow(node, Priority.ALWAYS);
            GridPane.setHgrow(node, Priority.ALWAYS);
        }
    }
}
