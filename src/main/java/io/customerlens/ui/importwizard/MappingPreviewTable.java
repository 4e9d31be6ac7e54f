package io.customerlens.ui.importwizard;

import io.customerlens.importer.source.RawRow;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The first rows of the sheet with, above each column, its header, the field it feeds (a choice box)
 * and how sure the automatic mapping is; unsure guesses are marked for the user to check.
 */
final class MappingPreviewTable {

    private final TableView<RawRow> table;
    private final MappingViewModel viewModel;
    private final Messages messages;
    private final List<FieldChoice> fieldChoices = FieldChoice.all();

    MappingPreviewTable(MappingViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        table = new TableView<>(viewModel.previewRows());
        table.setId("wizard-preview");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("wizard.mapping.noRows")));
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) change -> rebuild(viewModel.columns()));
        rebuild(viewModel.columns());
    }

    TableView<RawRow> node() {
        return table;
    }

    private void rebuild(List<ColumnChoice> columns) {
        table.getColumns().setAll(columns.stream().map(this::column).toList());
    }

    private TableColumn<RawRow, String> column(ColumnChoice choice) {
        TableColumn<RawRow, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(170);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.previewText(cell.getValue(), choice.index())));

        Label header = new Label(choice.header().isBlank() ? messages.get("wizard.mapping.blankHeader") : choice.header());
        header.getStyleClass().add("source-header");
        ComboBox<FieldChoice> field = new ComboBox<>();
        field.getItems().setAll(fieldChoices);
        field.setId("wizard-field-" + choice.index());
        field.setMaxWidth(Double.MAX_VALUE);
        field.setVisibleRowCount(12);
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldChoice fieldChoice) {
                return fieldChoice == null || !fieldChoice.isImported() ? messages.get("wizard.mapping.notImported")
                        : messages.get("field." + fieldChoice.field().cliName());
            }

            @Override
            public FieldChoice fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        bindChoice(field, choice);
        Label confidence = new Label();
        confidence.getStyleClass().add("confidence");

        VBox graphic = new VBox(4, header, field, confidence);
        graphic.getStyleClass().add("mapping-header");
        Runnable showConfidence = () -> showConfidence(choice, confidence, graphic);
        choice.fieldProperty().addListener((observable, before, after) -> showConfidence.run());
        choice.confidenceProperty().addListener((observable, before, after) -> showConfidence.run());
        showConfidence.run();
        column.setGraphic(graphic);
        return column;
    }

    /**
     * Commits the user's pick when the list closes, not on every arrow key while it is open: moving a
     * field takes it from the column that had it, so passing over "Customer name" on the way to "Date"
     * must not unmap the customer column.
     */
    private static void bindChoice(ComboBox<FieldChoice> field, ColumnChoice choice) {
        choice.fieldProperty().subscribe(field::setValue);
        field.valueProperty().addListener((observable, before, after) -> {
            if (!field.isShowing() && after != null) {
                choice.fieldProperty().set(after);
            }
        });
        field.setOnHidden(event -> {
            if (field.getValue() != null) {
                choice.fieldProperty().set(field.getValue());
            }
        });
    }

    private void showConfidence(ColumnChoice choice, Label label, VBox graphic) {
        boolean imported = choice.fieldProperty().get().isImported();
        long percent = Math.round(choice.confidenceProperty().get() * 100);
        label.setText(!imported ? "" : choice.isLowConfidence()
                ? messages.format("wizard.mapping.lowConfidence", percent)
                : messages.format("wizard.mapping.confidence", percent));
        graphic.getStyleClass().remove("low-confidence");
        if (choice.isLowConfidence()) {
            graphic.getStyleClass().add("low-confidence");
        }
    }
}
