package io.customerlens.ui.importwizard;

import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/** The Import page: the wizard's title, the current step's hint, any notice, and the current step. */
public final class ImportWizardView {

    private final VBox root = new VBox(10);

    public ImportWizardView(ImportWizardViewModel viewModel, Messages messages, FilePicker filePicker) {
        root.setId("import-wizard");
        root.getStyleClass().add("page");
        Label title = new Label(messages.get("wizard.title"));
        title.getStyleClass().add("page-title");
        PageParts.keepWhole(title);
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

        Map<WizardStep, Node> steps = new EnumMap<>(WizardStep.class);
        steps.put(WizardStep.CHOOSE_FILE, new ChooseFileStepView(viewModel, messages, filePicker).node());
        steps.put(WizardStep.MAPPING, new MappingStepView(viewModel, messages).node());
        steps.put(WizardStep.IMPORTING, new ImportingStepView(viewModel, messages).node());
        steps.put(WizardStep.SUMMARY, new SummaryStepView(viewModel, messages, filePicker).node());
        StackPane stepArea = new StackPane();
        VBox.setVgrow(stepArea, Priority.ALWAYS);
        // Only the current step is in the scene: each step has a default (Enter) button, and a scene gives
        // Enter to one of them, so hidden steps must not compete for it.
        viewModel.stepProperty().subscribe(step -> {
            stepArea.getChildren().setAll(steps.get(step));
            stepHint.setText(messages.get("wizard.step." + step.name()));
        });

        Button importAnyway = new Button(messages.get("wizard.importAnyway"));
        importAnyway.setId("wizard-import-anyway");
        importAnyway.visibleProperty().bind(viewModel.likelyReimportProperty());
        importAnyway.managedProperty().bind(importAnyway.visibleProperty());
        importAnyway.setOnAction(event -> viewModel.importAnyway());

        root.getChildren().addAll(title, stepHint, notice, importAnyway, stepArea);
    }

    public VBox node() {
        return root;
    }
}
