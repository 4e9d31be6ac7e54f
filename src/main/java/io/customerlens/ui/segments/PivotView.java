package io.customerlens.ui.segments;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.analysis.segments.PivotCell;
import io.customerlens.analysis.segments.PivotMeasure;
import io.customerlens.analysis.segments.PivotTable;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.ui.common.CellOpening;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.TableSaver;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.css.PseudoClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static io.customerlens.ui.common.Choices.converter;
import static io.customerlens.ui.common.Choices.wrapped;

/**
 * The pivot tab: the attribute down, the attribute across and the measure above a table of one line per value with
 * a totals line and a totals column. A double-click on a figure opens its customers; the table saves as Excel, each
 * figure as a number.
 */
final class PivotView {

    /** The totals line (CSS: bold). */
    private static final PseudoClass TOTAL = PseudoClass.getPseudoClass("total");
    /** What a column of figures holds: a column value, or (total) the totals column. */
    private record Across(String value, boolean total) {
    }

    private final PivotViewModel viewModel;
    private final Messages messages;
    private final ReadingFormat reading;

    PivotView(PivotViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.reading = new ReadingFormat(messages.locale());
    }

    Node node(TableSaver saver) {
        TableView<PivotLine> table = new TableView<>(viewModel.lines());
        table.setId("segments-pivot-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label hint = new Label(messages.get("segments.pivot.hint"));
        hint.setWrapText(true);
        table.setPlaceholder(hint);
        table.setRowFactory(ignored -> new TableRow<>() {
            @Override
            protected void updateItem(PivotLine line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(TOTAL, !empty && line != null && line.total());
            }
        });
        table.getStyleClass().add("pivot");
        CellOpening.onOpen(table, (line, column) -> {
            if (column.getUserData() instanceof Across across) {
                viewModel.drill(line, across.value(), across.total());
            }
        });
        table.setTooltip(wrapped(messages.get("drill.tip.cells")));
        Runnable columns = () -> table.getColumns().setAll(columns(viewModel.tableProperty().get()));
        viewModel.tableProperty().addListener((observable, before, after) -> columns.run());
        viewModel.measureProperty().addListener((observable, before, after) -> columns.run());
        columns.run();

        Node tableBox = PageParts.withSave(saver, table, messages.get("segments.file.pivot"));
        VBox box = new VBox(8, bar(), tableBox);
        VBox.setVgrow(tableBox, Priority.ALWAYS);
        return box;
    }

    private HBox bar() {
        ComboBox<CustomerAttribute> rows = attributeBox("segments-pivot-rows");
        rows.valueProperty().bindBidirectional(viewModel.rowAttributeProperty());
        ComboBox<CustomerAttribute> columns = attributeBox("segments-pivot-columns");
        columns.valueProperty().bindBidirectional(viewModel.columnAttributeProperty());
        ComboBox<PivotMeasure> measure = new ComboBox<>();
        measure.setId("segments-pivot-measure");
        measure.getItems().setAll(PivotMeasure.values());
        measure.setConverter(converter(value -> messages.get(measureKey(value))));
        measure.valueProperty().bindBidirectional(viewModel.measureProperty());
        HBox bar = new HBox(8, new Label(messages.get("segments.pivot.rows")), rows,
                new Label(messages.get("segments.pivot.columns")), columns,
                new Label(messages.get("segments.pivot.measure")), measure);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<CustomerAttribute> attributeBox(String id) {
        ComboBox<CustomerAttribute> box = new ComboBox<>(viewModel.attributes());
        box.setId(id);
        box.setConverter(converter(viewModel::attributeName));
        return box;
    }

    private static String measureKey(PivotMeasure measure) {
        return "segments.pivot.measure." + measure.name().toLowerCase(Locale.ROOT);
    }

    private List<TableColumn<PivotLine, ?>> columns(PivotTable table) {
        if (table == null) {
            return List.of();
        }
        TableColumn<PivotLine, String> names = new TableColumn<>(messages.format("segments.pivot.corner",
                viewModel.attributeName(table.rowAttribute()), viewModel.attributeName(table.columnAttribute())));
        names.setId("segments-pivot-column-names");
        names.setSortable(false);
        names.setPrefWidth(160);
        names.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(lineName(cell.getValue())));
        names.setUserData(new Across(null, true));
        List<TableColumn<PivotLine, ?>> columns = new ArrayList<>();
        columns.add(names);
        int index = 0;
        for (String value : table.columns()) {
            columns.add(figures("segments-pivot-column-" + index++, value == null
                    ? messages.get("lapse.breakdown.noValue") : value, new Across(value, false), line -> line.cell(value)));
        }
        columns.add(figures("segments-pivot-column-total", messages.get("segments.pivot.total"), new Across(null, true),
                PivotLine::lineTotal));
        return columns;
    }

    private String lineName(PivotLine line) {
        if (line.total()) {
            return messages.get("segments.pivot.total");
        }
        return line.value() == null ? messages.get("lapse.breakdown.noValue") : line.value();
    }

    private TableColumn<PivotLine, Number> figures(String id, String title, Across across,
                                                   Function<PivotLine, PivotCell> cellOf) {
        PivotMeasure measure = viewModel.measureProperty().get();
        TableColumn<PivotLine, Number> column = new TableColumn<>(title);
        column.setId(id);
        column.setUserData(across);
        column.setSortable(false);
        // Amounts run to 14 characters (12,290,876.54); counts and shares to 7.
        column.setPrefWidth(Math.max(measure == PivotMeasure.NET_AMOUNT ? 120 : 80, title.length() * 14 + 24));
        // A pair no customer has shows nothing (not 0 customers, 0.00 or 0.0 % lapsed), in the file too.
        column.setCellValueFactory(cell -> {
            PivotCell figures = cellOf.apply(cell.getValue());
            return new ReadOnlyObjectWrapper<>(figures.customerCount() == 0 ? null : measure.of(figures));
        });
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : format(measure, value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    private String format(PivotMeasure measure, Number value) {
        return switch (measure) {
            case CUSTOMERS -> messages.count(value.longValue());
            case NET_AMOUNT -> messages.amount((BigDecimal) value);
            case LAPSED_SHARE -> reading.percent(value.doubleValue());
        };
    }
}
