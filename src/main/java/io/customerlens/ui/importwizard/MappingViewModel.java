package io.customerlens.ui.importwizard;

import io.customerlens.domain.Field;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.SheetInspection;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.ExcelSerialDates;
import io.customerlens.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping step: which sheets to import, which field each column feeds, the date order, and what
 * still stops the import. One mapping (by header) serves every chosen sheet, so the chosen sheets must
 * share their headers; the preview shows the first chosen sheet.
 */
public final class MappingViewModel {

    private final Messages messages;
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<RawRow> previewRows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<DateOrder> dateOrder = new SimpleObjectProperty<>(this, "dateOrder", DateOrder.YMD);
    private final ReadOnlyStringWrapper dateOrderSource = new ReadOnlyStringWrapper(this, "dateOrderSource", "");
    private final ReadOnlyStringWrapper fileDescription = new ReadOnlyStringWrapper(this, "fileDescription", "");
    private final BooleanBinding ready = Bindings.isEmpty(problems);

    private FileInspection inspection;
    private SheetInspection previewSheet;
    private ColumnMapping mapping = ColumnMapping.empty();
    // Set while the view model itself writes the column and date-order properties, so their listeners
    // can tell the user's changes from its own.
    private boolean updating;

    MappingViewModel(Messages messages) {
        this.messages = messages;
        dateOrder.addListener((observable, before, after) -> {
            if (!updating) {
                dateOrderSource.set(messages.get("wizard.dateOrder.chosen"));
            }
        });
    }

    /** Shows a freshly inspected file with the plan the importer proposes for it. */
    void load(FileInspection fileInspection, ImportPlan proposal) {
        inspection = fileInspection;
        fileDescription.set(describe(fileInspection));
        List<String> proposedSheets = proposal.sheets().stream().map(SheetLayout::sheetName).toList();
        List<SheetChoice> choices = new ArrayList<>();
        for (SheetInspection sheet : fileInspection.sheets()) {
            SheetChoice choice = new SheetChoice(sheet, proposedSheets.contains(sheet.layout().sheetName()));
            choice.selectedProperty().addListener((observable, before, after) -> sheetsChanged());
            choices.add(choice);
        }
        sheets.setAll(choices);
        // An inspection always has a sheet (a text file is one sheet named after the file).
        previewSheet = firstSelected().orElse(choices.getFirst()).inspection();
        showSheet(previewSheet, proposal.mapping(), proposal.dateOrder());
    }

    private String describe(FileInspection fileInspection) {
        String format = messages.get("wizard.format." + fileInspection.format().name());
        String name = String.valueOf(fileInspection.file().getFileName());
        return fileInspection.charset()
                .map(charset -> messages.format("wizard.file.withEncoding", name, format, charset.name()))
                .orElseGet(() -> messages.format("wizard.file.workbook", name, format));
    }

    private void sheetsChanged() {
        Optional<SheetChoice> first = firstSelected();
        if (first.isPresent() && first.get().inspection() != previewSheet) {
            SheetInspection next = first.get().inspection();
            boolean sameHeaders = next.layout().headers().equals(previewSheet.layout().headers());
            previewSheet = next;
            if (sameHeaders) {
                previewRows.setAll(next.previewRows());
            } else {
                // Another kind of sheet: start from what the importer suggests for it.
                showSheet(next, next.suggestedMapping(), next.dateOrder());
                return;
            }
        }
        checkProblems();
    }

    private void showSheet(SheetInspection sheet, ColumnMapping proposedMapping, DateOrder proposedOrder) {
        previewRows.setAll(sheet.previewRows());
        List<String> headers = sheet.layout().headers();
        List<ColumnChoice> choices = new ArrayList<>();
        for (int index = 0; index < headers.size(); index++) {
            ColumnChoice column = new ColumnChoice(index, headers.get(index));
            column.fieldProperty().addListener((observable, before, after) -> {
                if (!updating) {
                    userMapped(column, after);
                }
            });
            choices.add(column);
        }
        columns.setAll(choices);
        mapping = proposedMapping;
        updating = true;
        dateOrder.set(proposedOrder);
        updating = false;
        dateOrderSource.set(messages.get(sheet.dateOrderDecidedByValues()
                ? "wizard.dateOrder.detected" : "wizard.dateOrder.assumed"));
        showMapping();
    }

    private void userMapped(ColumnChoice column, FieldChoice choice) {
        ColumnMapping next = mapping;
        for (Map.Entry<Field, MappedColumn> entry : mapping.columns().entrySet()) {
            if (entry.getValue().index() == column.index()) {
                next = next.without(entry.getKey());
            }
        }
        if (choice.isImported()) {
            // The user decided: full confidence; a field can feed from one column only, so
            // ColumnMapping.with moves it away from any other column.
            next = next.with(choice.field(), new MappedColumn(column.index(), column.header(), 1.0));
        }
        mapping = next;
        showMapping();
    }

    private void showMapping() {
        updating = true;
        for (ColumnChoice column : columns) {
            Optional<Map.Entry<Field, MappedColumn>> mapped = mapping.columns()
                    .entrySet().stream().filter(entry -> entry.getValue().index() == column.index()).findFirst();
            column.show(mapped.map(entry -> new FieldChoice(entry.getKey())).orElse(FieldChoice.NOT_IMPORTED),
                    mapped.map(entry -> entry.getValue().confidence()).orElse(0.0));
        }
        updating = false;
        checkProblems();
    }

    private void checkProblems() {
        List<String> found = new ArrayList<>();
        List<SheetChoice> chosen = chosenSheets();
        if (chosen.isEmpty()) {
            found.add(messages.get("wizard.problem.noSheet"));
        } else if (chosen.stream().anyMatch(sheet ->
                !sheet.inspection().layout().headers().equals(previewSheet.layout().headers()))) {
            found.add(messages.get("wizard.problem.sheetsDiffer"));
        }
        RequiredFields.missing(mapping).forEach(key -> found.add(messages.get(key)));
        problems.setAll(found);
    }

    private List<SheetChoice> chosenSheets() {
        return sheets.stream().filter(sheet -> sheet.selectedProperty().get()).toList();
    }

    private Optional<SheetChoice> firstSelected() {
        return chosenSheets().stream().findFirst();
    }

    /** What the user confirmed; only meaningful while {@link #readyProperty()} is true. */
    ImportPlan plan() {
        List<SheetLayout> layouts = chosenSheets().stream().map(sheet -> sheet.inspection().layout()).toList();
        // The values of the previewed sheet could not tell day-first from month-first: the summary says so.
        return new ImportPlan(inspection.file(), inspection.charset(), layouts, mapping, dateOrder.get(),
                !previewSheet.dateOrderDecidedByValues(), ImportPlan.DEFAULT_DAYS_AHEAD);
    }

    FileInspection inspection() {
        return inspection;
    }

    /**
     * A preview cell as the user knows it: a date-formatted cell shows its date (ISO), not the serial
     * number Excel stores; everything else shows as read.
     */
    public String previewText(RawRow row, int column) {
        Cell cell = row.cell(column);
        if (cell.kind() == CellKind.DATE) {
            LocalDate date = ExcelSerialDates.toDate(wholeDays(cell.text()), inspection.date1904());
            return date == null ? cell.text() : messages.date(date);
        }
        return cell.text();
    }

    private static long wholeDays(String serial) {
        int point = serial.indexOf('.');
        return Long.parseLong(point < 0 ? serial : serial.substring(0, point));
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<RawRow> previewRows() {
        return previewRows;
    }

    /** Why the import cannot start yet, one sentence each; empty when it can. */
    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public ObjectProperty<DateOrder> dateOrderProperty() {
        return dateOrder;
    }

    /** Whether the date order was read from the values, assumed, or chosen by the user. */
    public ReadOnlyStringProperty dateOrderSourceProperty() {
        return dateOrderSource.getReadOnlyProperty();
    }

    /** File name, real format and, for text files, the encoding used. */
    public ReadOnlyStringProperty fileDescriptionProperty() {
        return fileDescription.getReadOnlyProperty();
    }

    public boolean isTextFile() {
        return inspection != null && inspection.charset().isPresent();
    }
}
