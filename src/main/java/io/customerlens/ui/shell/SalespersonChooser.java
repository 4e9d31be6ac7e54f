package io.customerlens.ui.shell;

import io.customerlens.ui.common.Choices;
import io.customerlens.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/**
 * The shell's bar above every page with the salesperson chooser (docs/decisions/0021); it takes no room when the
 * store has only one salesperson or none.
 */
public final class SalespersonChooser {

    private final HBox bar;

    public SalespersonChooser(SalespersonChooserViewModel viewModel, Messages messages) {
        Label label = new Label(messages.get("salesperson.label"));
        ComboBox<SalespersonChooserViewModel.Choice> chooser = new ComboBox<>(viewModel.options());
        chooser.setId("salesperson-chooser");
        chooser.setButtonCell(new ChoiceCell());
        chooser.setCellFactory(list -> new ChoiceCell());
        chooser.valueProperty().bindBidirectional(viewModel.chosenProperty());
        chooser.setTooltip(Choices.wrapped(messages.get("salesperson.tip")));
        label.setTooltip(Choices.wrapped(messages.get("salesperson.tip")));
        label.setLabelFor(chooser);
        Label problem = new Label();
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("message-error");
        bar = new HBox(8, label, chooser, problem);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("salesperson-bar");
        bar.visibleProperty().bind(viewModel.visibleProperty());
        bar.managedProperty().bind(viewModel.visibleProperty());
    }

    public Node node() {
        return bar;
    }

    private static final class ChoiceCell extends ListCell<SalespersonChooserViewModel.Choice> {
        @Override
        protected void updateItem(SalespersonChooserViewModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
