package io.customerlens.ui.followups;

import io.customerlens.ui.common.Choices;
import io.customerlens.ui.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The preview of "Generate tasks": capacity, what would be created, then Create or Back. */
final class GenerationPane {

    private static final int MAX_CAPACITY = 200;

    private final VBox root;

    GenerationPane(GenerationViewModel viewModel, FollowUpTexts texts) {
        Messages messages = texts.messages();
        Label title = new Label(messages.get("followupsView.generate.title"));
        title.getStyleClass().add("section-title");
        Label capacityLabel = new Label(messages.get("followupsView.generate.capacity"));
        capacityLabel.setTooltip(Choices.wrapped(messages.get("followupsView.generate.capacity.tip")));
        Spinner<Integer> capacity = new Spinner<>(1, MAX_CAPACITY, viewModel.capacityProperty().get());
        capacity.setId("followups-generate-capacity");
        capacity.setEditable(true);
        capacity.setPrefWidth(90);
        capacity.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.capacityProperty().set(after);
            }
        });
        // A change made elsewhere (another page, the settings dialog) shows here too.
        viewModel.capacityProperty().addListener((observable, before, after) -> capacity.getValueFactory().setValue(after.intValue()));
        HBox options = new HBox(8, capacityLabel, capacity);
        options.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("followups-generate-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());

        TableView<PlannedRow> table = new TableView<>(viewModel.planned());
        table.setId("followups-generate-table");
        table.getColumns().setAll(new TaskColumns(texts).planned());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label(messages.get("followupsView.generate.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button create = new Button(messages.get("followupsView.generate.create"));
        create.setId("followups-generate-create");
        create.disableProperty().bind(viewModel.canCreateProperty().not());
        create.setOnAction(event -> viewModel.create());
        Button back = new Button(messages.get("followupsView.generate.back"));
        back.setId("followups-generate-back");
        back.setCancelButton(true);
        back.setOnAction(event -> viewModel.close());
        HBox actions = new HBox(8, create, back);
        actions.setAlignment(Pos.CENTER_RIGHT);

        root = new VBox(8, title, options, summary, table, actions);
        root.setId("followups-generate-pane");
    }

    Node node() {
        return root;
    }
}
