package io.customerlens.ui.importwizard;

import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Step 3: rows read so far and Cancel (the store stays exactly as before a cancelled import). */
final class ImportingStepView {

    private final VBox root;

    ImportingStepView(ImportWizardViewModel viewModel, Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        Label progress = new Label();
        progress.setId("wizard-progress");
        progress.textProperty().bind(viewModel.progressTextProperty());
        Label cancelHint = new Label(messages.get("wizard.importing.cancelHint"));
        cancelHint.getStyleClass().add("hint");
        cancelHint.setWrapText(true);
        Button cancel = new Button(messages.get("wizard.importing.cancel"));
        cancel.setId("wizard-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> viewModel.cancelImport());

        root = new VBox(16, spinner, progress, cancel, cancelHint);
        root.setAlignment(Pos.CENTER);
    }

    VBox node() {
        return root;
    }
}
