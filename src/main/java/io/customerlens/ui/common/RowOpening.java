package io.customerlens.ui.common;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.function.Consumer;

/**
 * How a row of a list is opened, the same on every page: a double-click with the primary button on a
 * filled row, or Enter on the selected row. Sets the table's row factory and its key handler.
 */
public final class RowOpening {

    private RowOpening() {
    }

    public static <T> void onOpen(TableView<T> table, Consumer<? super T> open) {
        onOpen(table, TableRow::new, open);
    }

    /** The same for a table whose rows are of a kind of their own (shaded, say), made by {@code rows}. */
    public static <T> void onOpen(TableView<T> table, java.util.function.Supplier<TableRow<T>> rows,
                                  Consumer<? super T> open) {
        table.setRowFactory(ignored -> {
            TableRow<T> row = rows.get();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
    }
}
