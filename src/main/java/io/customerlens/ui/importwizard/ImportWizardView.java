package io.customerlens.ui.importwizard;

import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Map;

/** The Import page: the wizard's title, the current step's hint, any notice, and the current step. */
public final class ImportWizardView {

    private final VBox root = new VBox(10);

    public ImportWizardView(ImportWizardViewModel viewModel, Messages messages, FilePicker filePicker) {
        root.setId("import-wizard");
        root.getStyleClass().add("page");
        Label title = new Label(messages.get("wizard.title"));
        title.getStyleClass().add("page-title");
        Label stepHint = new Label();
        stepHint.setId("wizard-step-hint");
        stepHint.getStyleClass().add("step-hint");
        stepHint.setWrapText(true);
        Label notice = new Label();
        notice.setId("wizard-notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());

        Map<WizardStep, Node> steps = Map.of(
                WizardStep.CHOOSE_FILE, new ChooseFileStepView(viewModel, messages, filePicker).node(),
                WizardStep.MAPPING, new MappingStepView(viewModel, messages).node(),
                WizardStep.IMPORTING, new ImportingStepView(viewModel, messages).node(),
                WizardStep.SUMMARY, new SummaryStepView(viewModel, messages, filePicker).node());
        StackPane stepArea = new StackPane();
        stepArea.getChildren().setAll(steps.values());
        VBox.setVgrow(stepArea, Priority.ALWAYS);
        viewModel.stepProperty().subscribe(step -> {
            steps.forEach((key, node) -> node.setVisible(key == step));
            stepHint.setText(messages.get("wizard.step." + step.name()));
        });

        root.getChildren().addAll(title, stepHint, notice, stepArea);
    }

    public VBox node() {
        return root;
    }
}
