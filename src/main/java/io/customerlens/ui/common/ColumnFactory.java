package io.customerlens.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Builds table columns the way every table of the app has them: a header whose tooltip says what the
 * figure means, values formatted for the locale, text sorted by the locale's collation. Cells are plain
 * text cells, so a virtualised table stays light with tens of thousands of rows.
 *
 * @param <S> the row type
 */
public final class ColumnFactory<S> {

    /** Room beside a column's title for the header's padding and the sort arrow. */
    private static final double HEADER_ROOM = 18;

    private final Messages messages;
    private final String idPrefix;
    private final Comparator<String> textOrder;

    /** @param idPrefix prefix of each column's node id, e.g. {@code customers-column-} */
    public ColumnFactory(Messages messages, String idPrefix) {
        this.messages = messages;
        this.idPrefix = idPrefix;
        Collator collator = Collator.getInstance(messages.locale());
        this.textOrder = Comparator.nullsLast(collator::compare);
    }

    public TableColumn<S, String> text(String id, String titleKey, String tipKey, double width,
                                       Function<S, String> value) {
        TableColumn<S, String> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(width);
        column.setComparator(textOrder);
        return column;
    }

    /** A column of sentences (reasons in words): a cell too narrow for its sentence shows it whole on hover. */
    public TableColumn<S, String> sentence(String id, String titleKey, String tipKey, double width,
                                           Function<S, String> value) {
        TableColumn<S, String> column = text(id, titleKey, tipKey, width, value);
        column.setCellFactory(ignored -> new SentenceCell<>());
        return column;
    }

    public TableColumn<S, LocalDate> date(String id, String titleKey, String tipKey, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(112);
        column.setCellFactory(ignored -> new FormattedCell<>(messages::date, Pos.CENTER_LEFT));
        return column;
    }

    /** A column of comparable values (numbers, enums) shown through {@code format}; nulls sort last. */
    public <T extends Comparable<? super T>> TableColumn<S, T> number(String id, String titleKey, String tipKey,
                                                                       double width, Function<S, T> value,
                                                                       Function<T, String> format) {
        TableColumn<S, T> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(width);
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(ignored -> new FormattedCell<>(format, Pos.CENTER_RIGHT));
        return column;
    }

    private <T> TableColumn<S, T> column(String id, String titleKey, String tipKey, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>();
        column.setId(idPrefix + id);
        // A label as the header so the header can carry the tooltip that explains the figure.
        Label header = new Label(messages.get(titleKey));
        Tooltip tip = new Tooltip(messages.get(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(300));
        header.setTooltip(tip);
        column.setGraphic(header);
        // Never narrower than its title (at 1366×768, in English too): a table scrolls instead of cutting words.
        column.minWidthProperty().bind(Bindings.createDoubleBinding(() -> header.prefWidth(-1) + HEADER_ROOM,
                header.textProperty(), header.fontProperty(), header.skinProperty()));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Shows a value through a formatter; reused by the table as rows scroll, never one node per row. */
    private static final class SentenceCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isBlank();
            setText(blank ? null : item);
            if (blank) {
                setTooltip(null);
            } else {
                Tooltip tip = new Tooltip(item);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                setTooltip(tip);
            }
        }
    }

    private static final class FormattedCell<S, T> extends TableCell<S, T> {
        private final Function<T, String> format;

        FormattedCell(Function<T, String> format, Pos alignment) {
            this.format = format;
            setAlignment(alignment);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format.apply(item));
        }
    }
}
