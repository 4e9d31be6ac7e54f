package io.customerlens.ui.importwizard;

import io.customerlens.importer.DateOrder;
import io.customerlens.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.charset.Charset;

/** Step 2: sheets on the left, the mapping preview in the middle, date order, problems and Import below. */
final class MappingStepView {

    private final BorderPane root = new BorderPane();

    MappingStepView(ImportWizardViewModel wizard, Messages messages) {
        MappingViewModel viewModel = wizard.mapping();
        root.setTop(fileLine(wizard, messages));
        root.setLeft(sheetList(viewModel, messages));
        MappingPreviewTable preview = new MappingPreviewTable(viewModel, messages);
        BorderPane.setMargin(preview.node(), new javafx.geometry.Insets(8, 0, 8, 12));
        root.setCenter(preview.node());
        root.setBottom(bottom(wizard, messages));
    }

    BorderPane node() {
        return root;
    }

    private static HBox fileLine(ImportWizardViewModel wizard, Messages messages) {
        Label file = new Label();
        file.setId("wizard-file-description");
        file.textProperty().bind(wizard.mapping().fileDescriptionProperty());
        file.getStyleClass().add("file-description");

        Label rereadLabel = new Label(messages.get("wizard.encoding.reread"));
        ComboBox<Charset> encodings = new ComboBox<>();
        encodings.getItems().setAll(ImportWizardViewModel.OFFERED_ENCODINGS);
        encodings.setPromptText(messages.get("wizard.encoding.choose"));
        encodings.setOnAction(event -> {
            if (encodings.getValue() != null) {
                wizard.rereadWithEncoding(encodings.getValue());
            }
        });
        HBox encoding = new HBox(6, rereadLabel, encodings);
        encoding.setAlignment(Pos.CENTER_LEFT);
        // Only text files have an encoding; refreshed whenever a new inspection arrives.
        wizard.mapping().fileDescriptionProperty().subscribe(description -> {
            encoding.setVisible(wizard.mapping().isTextFile());
            encodings.setValue(null);
        });
        encoding.managedProperty().bind(encoding.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(12, file, spacer, encoding);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static VBox sheetList(MappingViewModel viewModel, Messages messages) {
        Label title = new Label(messages.get("wizard.sheets.title"));
        title.getStyleClass().add("section-title");
        VBox boxes = new VBox(6);
        boxes.setId("wizard-sheets");
        Runnable rebuild = () -> boxes.getChildren().setAll(viewModel.sheets().stream()
                .map(sheet -> sheetBox(sheet, messages)).toList());
        viewModel.sheets().addListener((ListChangeListener<SheetChoice>) change -> rebuild.run());
        rebuild.run();
        VBox pane = new VBox(8, title, boxes);
        pane.setPrefWidth(200);
        pane.setMinWidth(160);
        pane.setPadding(new javafx.geometry.Insets(8, 0, 8, 0));
        return pane;
    }

    private static VBox sheetBox(SheetChoice sheet, Messages messages) {
        CheckBox box = new CheckBox(sheet.name());
        box.setId("wizard-sheet-" + sheet.name());
        box.selectedProperty().bindBidirectional(sheet.selectedProperty());
        Label detail = new Label(sheet.looksLikeSales()
                ? messages.format("wizard.sheets.salesAtRow", sheet.headerRowNumber())
                : messages.get("wizard.sheets.notSales"));
        detail.getStyleClass().add("hint");
        detail.setWrapText(true);
        return new VBox(2, box, detail);
    }

    private static VBox bottom(ImportWizardViewModel wizard, Messages messages) {
        MappingViewModel viewModel = wizard.mapping();
        Label dateOrderLabel = new Label(messages.get("wizard.dateOrder.label"));
        ComboBox<DateOrder> dateOrder = new ComboBox<>();
        dateOrder.setId("wizard-date-order");
        dateOrder.getItems().setAll(DateOrder.values());
        dateOrder.setConverter(new StringConverter<>() {
            @Override
            public String toString(DateOrder order) {
                return order == null ? "" : messages.get("wizard.dateOrder." + order.name());
            }

            @Override
            public DateOrder fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        dateOrder.valueProperty().bindBidirectional(viewModel.dateOrderProperty());
        Label dateOrderSource = new Label();
        dateOrderSource.getStyleClass().add("hint");
        dateOrderSource.textProperty().bind(viewModel.dateOrderSourceProperty());
        HBox dateLine = new HBox(8, dateOrderLabel, dateOrder, dateOrderSource);
        dateLine.setAlignment(Pos.CENTER_LEFT);

        VBox problems = new VBox(4);
        problems.setId("wizard-problems");
        problems.getStyleClass().add("problems");
        Runnable showProblems = () -> problems.getChildren().setAll(viewModel.problems().stream()
                .map(text -> {
                    Label label = new Label(text);
                    label.setWrapText(true);
                    label.getStyleClass().add("problem");
                    return label;
                }).toList());
        viewModel.problems().addListener((ListChangeListener<String>) change -> showProblems.run());
        showProblems.run();
        problems.visibleProperty().bind(viewModel.readyProperty().not());
        problems.managedProperty().bind(problems.visibleProperty());

        Button back = new Button(messages.get("wizard.mapping.back"));
        back.setId("wizard-back");
        back.setOnAction(event -> wizard.startOver());
        Button importButton = new Button(messages.get("wizard.mapping.import"));
        importButton.setId("wizard-import");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(viewModel.readyProperty().not());
        importButton.setOnAction(event -> wizard.startImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, spacer, importButton);

        return new VBox(8, dateLine, problems, buttons);
    }
}
