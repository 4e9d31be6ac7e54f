package io.customerlens.ui.customers;

import io.customerlens.service.CustomerRow;
import io.customerlens.ui.common.Messages;
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
import java.util.List;
import java.util.function.Function;

/**
 * The Customers table's columns: each shows one value the service computed, formatted for the locale,
 * with a header tooltip that says what the figure means (DEFINITIONS.md). Cells are plain text cells,
 * so the virtualised table stays light with tens of thousands of rows.
 */
final class CustomerColumns {

    private final Messages messages;
    private final Comparator<String> textOrder;

    CustomerColumns(Messages messages) {
        this.messages = messages;
        Collator collator = Collator.getInstance(messages.locale());
        this.textOrder = Comparator.nullsLast(collator::compare);
    }

    List<TableColumn<CustomerRow, ?>> all() {
        // Name and the purchase figures first: what a salesperson scans for; attributes follow.
        return List.of(
                text("name", "customers.column.name", "customers.column.name.tip", 160, CustomerRow::displayName),
                text("key", "customers.column.key", "customers.column.key.tip", 110, CustomerRow::key),
                date("lastPurchase", "customers.column.lastPurchase", "customers.column.lastPurchase.tip",
                        row -> row.summary().lastPurchase()),
                number("daysSinceLast", "customers.column.daysSinceLast", "customers.column.daysSinceLast.tip",
                        132, row -> row.summary().daysSinceLast(), messages::count),
                number("orders", "customers.column.orders", "customers.column.orders.tip",
                        70, row -> row.summary().orders(), messages::count),
                number("netAmount", "customers.column.netAmount", "customers.column.netAmount.tip",
                        110, row -> row.summary().netAmount(), messages::amount),
                date("firstPurchase", "customers.column.firstPurchase", "customers.column.firstPurchase.tip",
                        row -> row.summary().firstPurchase()),
                text("type", "customers.column.type", "customers.column.type.tip", 75, row -> row.info().type()),
                text("region", "customers.column.region", "customers.column.region.tip", 75, row -> row.info().region()),
                text("province", "customers.column.province", "customers.column.province.tip", 75,
                        row -> row.info().province()),
                text("city", "customers.column.city", "customers.column.city.tip", 75, row -> row.info().city()),
                text("channel", "customers.column.channel", "customers.column.channel.tip", 75,
                        row -> row.info().channel()),
                text("salesperson", "customers.column.salesperson", "customers.column.salesperson.tip", 80,
                        row -> row.info().salesperson()));
    }

    private TableColumn<CustomerRow, String> text(String id, String titleKey, String tipKey, double width,
                                                  Function<CustomerRow, String> value) {
        TableColumn<CustomerRow, String> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(width);
        column.setComparator(textOrder);
        return column;
    }

    private TableColumn<CustomerRow, LocalDate> date(String id, String titleKey, String tipKey,
                                                     Function<CustomerRow, LocalDate> value) {
        TableColumn<CustomerRow, LocalDate> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(112);
        column.setCellFactory(ignored -> new FormattedCell<>(messages::date, Pos.CENTER_LEFT));
        return column;
    }

    private <T extends Comparable<? super T>> TableColumn<CustomerRow, T> number(
            String id, String titleKey, String tipKey, double width, Function<CustomerRow, T> value,
            Function<T, String> format) {
        TableColumn<CustomerRow, T> column = column(id, titleKey, tipKey, value);
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> new FormattedCell<>(format, Pos.CENTER_RIGHT));
        return column;
    }

    private <T> TableColumn<CustomerRow, T> column(String id, String titleKey, String tipKey,
                                                   Function<CustomerRow, T> value) {
        TableColumn<CustomerRow, T> column = new TableColumn<>();
        column.setId("customers-column-" + id);
        // A label as the header so the header can carry the tooltip that explains the figure.
        Label header = new Label(messages.get(titleKey));
        Tooltip tip = new Tooltip(messages.get(tipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        header.setTooltip(tip);
        column.setGraphic(header);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Shows a value through a formatter; reused by the table as rows scroll, never one node per row. */
    private static final class FormattedCell<T> extends TableCell<CustomerRow, T> {
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
