package io.customerlens.ui.importwizard;

import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import java.io.File;

/** Step 1: a drop zone and a button that opens the file dialog. */
final class ChooseFileStepView {

    private final VBox root;

    ChooseFileStepView(ImportWizardViewModel viewModel, Messages messages, FilePicker filePicker) {
        Label dropHere = new Label(messages.get("wizard.choose.dropHere"));
        dropHere.getStyleClass().add("drop-title");
        Button choose = new Button(messages.get("wizard.choose.button"));
        choose.setId("wizard-choose-file");
        choose.setDefaultButton(true);
        choose.disableProperty().bind(viewModel.busyProperty());
        Label formats = new Label(messages.get("wizard.choose.formats"));
        formats.setWrapText(true);
        formats.getStyleClass().add("hint");

        VBox dropZone = new VBox(14, dropHere, choose, formats);
        dropZone.setId("wizard-drop-zone");
        dropZone.getStyleClass().add("drop-zone");
        dropZone.setAlignment(Pos.CENTER);
        dropZone.setMinHeight(240);

        choose.setOnAction(event -> filePicker.chooseSpreadsheet(choose.getScene().getWindow())
                .ifPresent(viewModel::chooseFile));
        dropZone.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        dropZone.setOnDragDropped(event -> dropped(event, viewModel));

        root = new VBox(dropZone);
    }

    private static void dropped(DragEvent event, ImportWizardViewModel viewModel) {
        boolean accepted = event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty();
        if (accepted) {
            File file = event.getDragboard().getFiles().getFirst();
            viewModel.chooseFile(file.toPath());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    VBox node() {
        return root;
    }
}
