package io.customerlens.ui.common;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.function.BiConsumer;

/**
 * How a cell of a table whose cells are figures is opened: a double-click on the cell, or Enter on the focused
 * cell. Unlike {@link RowOpening} it leaves the row factory alone (rows may be shaded) and says which column.
 */
public final class CellOpening {

    private CellOpening() {
    }

    public static <T> void onOpen(TableView<T> table, BiConsumer<? super T, TableColumn<T, ?>> open) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && inCell(event.getPickResult().getIntersectedNode())) {
                openFocused(table, open);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openFocused(table, open);
            }
        });
    }

    private static <T> void openFocused(TableView<T> table, BiConsumer<? super T, TableColumn<T, ?>> open) {
        TablePosition<T, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused != null && focused.getTableColumn() != null && focused.getRow() >= 0
                && focused.getRow() < table.getItems().size()) {
            open.accept(table.getItems().get(focused.getRow()), focused.getTableColumn());
        }
    }

    /** Whether the click fell on a filled cell, not on a header or below the last row. */
    private static boolean inCell(Node picked) {
        for (Node node = picked; node != null; node = node.getParent()) {
            if (node instanceof TableCell<?, ?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }
}
