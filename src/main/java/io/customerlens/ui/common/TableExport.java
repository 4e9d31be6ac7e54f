package io.customerlens.ui.common;

import io.customerlens.report.TableWorkbook;
import io.customerlens.task.ProgressListener;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Saves a table as the user sees it: the visible columns in their current order, the rows in their
 * current sort and filter order, and each cell's raw value (a number stays a number in Excel, not the
 * formatted text). Two steps, because a TableView may only be read on the FX thread while the file is
 * written on a worker: {@link #snapshot} there, {@link #write} anywhere.
 */
public final class TableExport {

    /** Key in a column's properties for the converter set by {@link #exportAs}; private, so no clash. */
    private static final Object EXPORT_CONVERTER = new Object();

    private final TableWorkbook workbook;

    public TableExport(TableWorkbook workbook) {
        this.workbook = workbook;
    }

    /**
     * For a column whose raw value means nothing to a reader (an enum, a record): exports
     * {@code converter.apply(value)} instead, e.g. the translated text the cell shows.
     */
    public static <S, V> void exportAs(TableColumn<S, V> column, Function<? super V, ?> converter) {
        column.getProperties().put(EXPORT_CONVERTER, converter);
    }

    /** Copies headers and cell values. FX thread only: the table and its items may change at any moment. */
    public <T> TableSnapshot snapshot(TableView<T> table) {
        return snapshot(table, table.getItems());
    }

    /** The same for some of the table's rows only (a selection), in the order given. FX thread only. */
    public <T> TableSnapshot snapshot(TableView<T> table, List<? extends T> items) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a table can only be read on the JavaFX thread");
        }
        List<TableColumn<T, ?>> columns = List.copyOf(table.getVisibleLeafColumns());
        List<String> headers = columns.stream().map(TableExport::header).toList();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(columns.get(i), item);
            }
            // Arrays.asList, not List.of: blank cells are nulls.
            rows.add(Collections.unmodifiableList(Arrays.asList(values)));
        }
        return new TableSnapshot(headers, rows);
    }

    /** Writes the snapshot as a one-sheet workbook; safe off the FX thread. */
    public void write(TableSnapshot snapshot, String sheetName, Path file, ProgressListener progress)
            throws IOException {
        workbook.write(sheetName, snapshot.headers(), snapshot.rows(), file, progress);
    }

    @SuppressWarnings("unchecked") // the converter was stored for this column's value type by exportAs
    private static <T> Object value(TableColumn<T, ?> column, T item) {
        ObservableValue<?> cell = column.getCellObservableValue(item);
        Object value = cell == null ? null : cell.getValue();
        Object converter = column.getProperties().get(EXPORT_CONVERTER);
        return converter == null ? value : ((Function<Object, ?>) converter).apply(value);
    }

    /**
     * The column's text, or the text of a label set as its graphic (tables that put a tooltip on the
     * header do that), prefixed by the texts of its parent columns when nested.
     */
    static String header(TableColumnBase<?, ?> column) {
        String own = ownText(column);
        TableColumnBase<?, ?> parent = column.getParentColumn();
        if (parent == null) {
            return own;
        }
        String above = header(parent);
        return above.isEmpty() ? own : own.isEmpty() ? above : above + " / " + own;
    }

    private static String ownText(TableColumnBase<?, ?> column) {
        String text = column.getText();
        if ((text == null || text.isBlank()) && column.getGraphic() instanceof Labeled label) {
            text = label.getText();
        }
        return text == null ? "" : text.strip();
    }
}
