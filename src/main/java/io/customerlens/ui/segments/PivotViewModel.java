package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.PivotCell;
import io.customerlens.analysis.segments.PivotMeasure;
import io.customerlens.analysis.segments.PivotTable;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.ReadOnce;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Segments page's pivot: two attributes the data has, one down and one across, and the measure the cells show.
 * The figures are computed by the segment service over the data of the report shown; a cell or a total opens its
 * customers as the customer list.
 */
public final class PivotViewModel {

    private final SegmentService service;
    private final ReadOnce<SegmentData> store;
    private final Supplier<SegmentReport> report;
    private final Messages messages;
    private final CustomerOpener opener;

    private final ObservableList<CustomerAttribute> attributes;
    private final ObjectProperty<CustomerAttribute> rowAttribute = new SimpleObjectProperty<>(this, "rowAttribute");
    private final ObjectProperty<CustomerAttribute> columnAttribute = new SimpleObjectProperty<>(this, "columnAttribute");
    private final ObjectProperty<PivotMeasure> measure = new SimpleObjectProperty<>(this, "measure", PivotMeasure.CUSTOMERS);
    private final ReadOnlyObjectWrapper<PivotTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ObservableList<PivotLine> lines = FXCollections.observableArrayList();

    /** @param attributes the attributes the data has (at least one customer has a value): only those are offered */
    PivotViewModel(SegmentService service, ReadOnce<SegmentData> store, Supplier<SegmentReport> report,
                   ObservableList<CustomerAttribute> attributes, Messages messages, CustomerOpener opener) {
        this.service = service;
        this.store = store;
        this.report = report;
        this.attributes = attributes;
        this.messages = messages;
        this.opener = opener;
        rowAttribute.addListener((observable, before, after) -> refresh());
        columnAttribute.addListener((observable, before, after) -> refresh());
    }

    /**
     * A new report is shown: keeps the chosen attributes the data still has, else takes the first two it has
     * (region × channel where both exist), and computes the pivot again.
     */
    void reportShown() {
        CustomerAttribute row = rowAttribute.get();
        CustomerAttribute column = columnAttribute.get();
        if (!attributes.contains(row)) {
            row = attributes.contains(CustomerAttribute.REGION) ? CustomerAttribute.REGION
                    : attributes.isEmpty() ? null : attributes.getFirst();
        }
        if (!attributes.contains(column) || column == row) {
            CustomerAttribute down = row;
            column = attributes.contains(CustomerAttribute.CHANNEL) && row != CustomerAttribute.CHANNEL
                    ? CustomerAttribute.CHANNEL
                    : attributes.stream().filter(other -> other != down).findFirst().orElse(null);
        }
        boolean same = row == rowAttribute.get() && column == columnAttribute.get();
        rowAttribute.set(row);
        columnAttribute.set(column);
        if (same) {
            refresh();
        }
    }

    private void refresh() {
        CustomerAttribute rows = rowAttribute.get();
        CustomerAttribute columns = columnAttribute.get();
        SegmentReport shown = report.get();
        if (rows == null || columns == null || rows == columns || shown == null || shown.asOf() == null) {
            show(null);
            return;
        }
        store.analyse(messages.get("segments.analysing"), "pivot", data -> service.pivot(data, shown, rows, columns),
                this::show);
    }

    private void show(PivotTable next) {
        table.set(next);
        if (next == null) {
            lines.clear();
            return;
        }
        List<PivotLine> shown = new java.util.ArrayList<>();
        next.rows().forEach(value -> shown.add(new PivotLine(next, value, false)));
        shown.add(new PivotLine(next, null, true));
        lines.setAll(shown);
    }

    /**
     * Opens the customers of a cell: a row value × a column value, a row's or a column's total, or everyone.
     *
     * @param column the column value, or null with {@code columnTotal} for the totals column
     */
    public void drill(PivotLine line, String column, boolean columnTotal) {
        PivotTable shown = line.table();
        PivotCell cell = columnTotal ? line.lineTotal() : line.cell(column);
        String rowName = line.total() ? null : valueName(shown.rowAttribute(), line.value());
        String columnName = columnTotal ? null : valueName(shown.columnAttribute(), column);
        String label = rowName == null && columnName == null ? messages.get("drill.label.everyone")
                : rowName == null ? columnName
                : columnName == null ? rowName
                : messages.format("drill.label.crossed", rowName, columnName);
        opener.drill(new CustomerDrill(label, cell.customers()));
    }

    private String valueName(CustomerAttribute attribute, String value) {
        return messages.format("drill.label.attribute", attributeName(attribute),
                value == null ? messages.get("lapse.breakdown.noValue") : value);
    }

    String attributeName(CustomerAttribute attribute) {
        return attribute == null ? "" : messages.get("lapse.attribute." + attribute.name().toLowerCase(Locale.ROOT));
    }

    public ObservableList<CustomerAttribute> attributes() {
        return attributes;
    }

    public ObjectProperty<CustomerAttribute> rowAttributeProperty() {
        return rowAttribute;
    }

    public ObjectProperty<CustomerAttribute> columnAttributeProperty() {
        return columnAttribute;
    }

    public ObjectProperty<PivotMeasure> measureProperty() {
        return measure;
    }

    /** The pivot shown; null until two different attributes are chosen over data. */
    public ReadOnlyObjectProperty<PivotTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Each row value's line, then the totals line. */
    public ObservableList<PivotLine> lines() {
        return lines;
    }
}
