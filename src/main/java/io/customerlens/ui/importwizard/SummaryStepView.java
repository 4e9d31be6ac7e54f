package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportProblem;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Step 4: the counts, the rejected lines with their reasons, and what to do next. */
final class SummaryStepView {

    private final VBox root = new VBox(12);

    SummaryStepView(ImportWizardViewModel wizard, Messages messages, FilePicker filePicker) {
        ImportSummaryViewModel viewModel = wizard.summary();
        Label headline = new Label();
        headline.setId("wizard-summary-headline");
        headline.getStyleClass().add("section-title");
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());

        Label dateOrderNote = new Label();
        dateOrderNote.setId("wizard-summary-date-order");
        dateOrderNote.setWrapText(true);
        dateOrderNote.textProperty().bind(viewModel.dateOrderNoteProperty());
        dateOrderNote.visibleProperty().bind(viewModel.dateOrderNoteProperty().isNotEmpty());
        dateOrderNote.managedProperty().bind(dateOrderNote.visibleProperty());

        Label rejectedTitle = new Label(messages.get("wizard.summary.rejectedTitle"));
        rejectedTitle.getStyleClass().add("section-title");
        TableView<ImportProblem> rejected = rejectedTable(viewModel, messages);
        VBox.setVgrow(rejected, Priority.ALWAYS);

        Button save = new Button(messages.get("wizard.summary.saveRejected"));
        save.setId("wizard-save-rejected");
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.rejected()));
        save.setOnAction(event -> filePicker.chooseWorkbookToSave(save.getScene().getWindow(),
                messages.get("wizard.summary.rejectedFileName")).ifPresent(viewModel::saveRejected));
        Label saveNotice = new Label();
        saveNotice.setId("wizard-save-notice");
        saveNotice.textProperty().bind(viewModel.saveNoticeProperty());
        Button showCustomers = new Button(messages.get("wizard.summary.showCustomers"));
        showCustomers.setId("wizard-show-customers");
        showCustomers.setDefaultButton(true);
        showCustomers.setOnAction(event -> wizard.showCustomers());
        Button another = new Button(messages.get("wizard.summary.importAnother"));
        another.setId("wizard-import-another");
        another.setOnAction(event -> wizard.startOver());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, saveNotice, spacer, another, showCustomers);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(headline, counts(viewModel), dateOrderNote, rejectedTitle, rejected, buttons);
    }

    VBox node() {
        return root;
    }

    private static GridPane counts(ImportSummaryViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setId("wizard-summary-counts");
        grid.setHgap(24);
        grid.setVgap(4);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (SummaryLine line : viewModel.lines()) {
                Label value = new Label(line.value());
                value.getStyleClass().add("fact-value-small");
                grid.addRow(row++, new Label(line.label()), value);
            }
        };
        viewModel.lines().addListener((ListChangeListener<SummaryLine>) change -> rebuild.run());
        rebuild.run();
        return grid;
    }

    private static TableView<ImportProblem> rejectedTable(ImportSummaryViewModel viewModel, Messages messages) {
        TableView<ImportProblem> table = new TableView<>(viewModel.rejected());
        table.setId("wizard-rejected");
        table.setPlaceholder(new Label(messages.get("wizard.summary.noRejected")));
        table.setPrefHeight(200);
        table.getColumns().setAll(java.util.List.of(
                column(messages.get("wizard.rejected.file"), 160, ImportProblem::file),
                column(messages.get("wizard.rejected.sheet"), 110, ImportProblem::sheet),
                column(messages.get("wizard.rejected.row"), 70, problem -> problem.row()),
                column(messages.get("wizard.rejected.column"), 120, ImportProblem::column),
                column(messages.get("wizard.rejected.value"), 160, ImportProblem::value),
                column(messages.get("wizard.rejected.reason"), 220, viewModel::reasonText)));
        return table;
    }

    private static <T> TableColumn<ImportProblem, T> column(String title, double width,
                                                           Function<ImportProblem, T> value) {
        TableColumn<ImportProblem, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
