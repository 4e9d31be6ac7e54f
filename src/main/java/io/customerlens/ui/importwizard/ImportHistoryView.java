package io.customerlens.ui.importwizard;

import io.customerlens.ui.common.Confirmation;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.PageParts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The Import page's "History" tab: every import in a table, and "Undo this import…" for the selected one. */
public final class ImportHistoryView {

    private final VBox root;

    public ImportHistoryView(ImportHistoryViewModel viewModel, Messages messages) {
        TableView<ImportHistoryRow> table = new TableView<>(viewModel.rows());
        table.setId("import-history-table");
        table.setPlaceholder(new Label(messages.get("importHistory.empty")));
        table.getColumns().setAll(java.util.List.of(
                column(messages, "importHistory.column.time", ImportHistoryRow::time, 130),
                column(messages, "importHistory.column.file", ImportHistoryRow::fileName, 200),
                column(messages, "importHistory.column.sheets", ImportHistoryRow::sheets, 110),
                number(messages, "importHistory.column.read", ImportHistoryRow::read),
                number(messages, "importHistory.column.imported", ImportHistoryRow::imported),
                number(messages, "importHistory.column.duplicate", ImportHistoryRow::duplicate),
                number(messages, "importHistory.column.rejected", ImportHistoryRow::rejected),
                column(messages, "importHistory.column.dates", ImportHistoryRow::dates, 190)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button undo = new Button(messages.get("importHistory.undo.button"));
        undo.setId("import-history-undo");
        undo.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        undo.setOnAction(event -> {
            ImportHistoryRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && Confirmation.ask(table, "import-history-confirm", messages.get("importHistory.undo.title"),
                    viewModel.confirmation(row), messages.get("importHistory.undo.confirm"),
                    messages.get("importHistory.undo.cancel"))) {
                viewModel.undo(row);
            }
        });
        Label message = PageParts.explanation(viewModel.messageProperty());
        message.setId("import-history-message");
        HBox actions = new HBox(12, message, undo);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label hint = new Label(messages.get("importHistory.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        root = new VBox(10, hint, table, actions);
        root.setId("import-history");
        root.setPadding(new Insets(16));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<ImportHistoryRow, String> column(Messages messages, String key,
                                                                Function<ImportHistoryRow, String> value, double width) {
        TableColumn<ImportHistoryRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ImportHistoryRow, String> number(Messages messages, String key,
                                                                Function<ImportHistoryRow, String> value) {
        TableColumn<ImportHistoryRow, String> column = column(messages, key, value, 80);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    public VBox node() {
        return root;
    }
}
