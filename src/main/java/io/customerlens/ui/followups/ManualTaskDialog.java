package io.customerlens.ui.followups;

import io.customerlens.ui.common.DateFields;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.ui.common.Messages;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.List;

import static io.customerlens.ui.common.Choices.converter;

/** "New task…": find the customer by name or key, then channel, due date, priority and notes. */
final class ManualTaskDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    ManualTaskDialog(ManualTaskForm form, FollowUpTexts texts, Window owner, Node styledFrom) {
        Messages messages = texts.messages();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("followupsView.manual.title"));
        dialog.getDialogPane().setId("followups-manual-dialog");
        // The dialog is a window of its own: give it the page's style sheet and language font.
        dialog.getDialogPane().getStylesheets().setAll(styledFrom.getScene().getRoot().getStylesheets());
        dialog.getDialogPane().getStyleClass().addAll(styledFrom.getScene().getRoot().getStyleClass().stream()
                .filter(style -> style.startsWith("lang-")).toList());

        TextField search = new TextField();
        search.setId("followups-manual-search");
        search.setPromptText(messages.get("followupsView.manual.searchPrompt"));
        search.textProperty().bindBidirectional(form.searchProperty());
        ListView<CustomerChoice> customers = new ListView<>(form.matches());
        customers.setId("followups-manual-customers");
        customers.setPrefHeight(220);
        customers.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        customers.getSelectionModel().selectedItemProperty().addListener(
                (observable, before, chosen) -> form.customerProperty().set(chosen));

        ComboBox<FollowUpChannel> channel = new ComboBox<>();
        channel.getItems().setAll(FollowUpChannel.values());
        channel.setConverter(converter(texts::channel));
        channel.valueProperty().bindBidirectional(form.channelProperty());
        DatePicker due = new DatePicker();
        due.setId("followups-manual-due");
        DateFields.install(due, messages);
        due.valueProperty().bindBidirectional(form.dueProperty());
        ComboBox<Integer> priority = new ComboBox<>();
        priority.getItems().setAll(List.of(FollowUpTask.HIGH, FollowUpTask.NORMAL, FollowUpTask.LOW));
        priority.setConverter(converter(texts::priority));
        priority.setValue(form.priorityProperty().get());
        priority.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                form.priorityProperty().set(after);
            }
        });
        TextField notes = new TextField();
        notes.setId("followups-manual-notes");
        notes.textProperty().bindBidirectional(form.notesProperty());
        Label problem = new Label();
        problem.getStyleClass().add("notice");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());

        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label(messages.get("followupsView.manual.customer")), search);
        grid.add(customers, 1, 1);
        grid.addRow(2, new Label(messages.get("followupsView.manual.channel")), channel);
        grid.addRow(3, new Label(messages.get("followupsView.manual.due")), due);
        grid.addRow(4, new Label(messages.get("followupsView.manual.priority")), priority);
        grid.addRow(5, new Label(messages.get("followupsView.manual.notes")), notes);
        grid.add(problem, 0, 6, 2, 1);
        GridPane.setHgrow(search, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.setOnShown(event -> search.requestFocus());
        dialog.getDialogPane().setPrefWidth(560);

        ButtonType createType = new ButtonType(messages.get("followupsView.manual.create"), ButtonType.OK.getButtonData());
        ButtonType cancelType = new ButtonType(messages.get("followupsView.manual.cancel"), ButtonType.CANCEL.getButtonData());
        ButtonType rescheduleType = new ButtonType(messages.get("followupsView.manual.reschedule"),
                ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(rescheduleType, createType, cancelType);
        Button reschedule = (Button) dialog.getDialogPane().lookupButton(rescheduleType);
        reschedule.setId("followups-manual-reschedule");
        reschedule.visibleProperty().bind(form.openTaskProperty().isNotNull());
        reschedule.managedProperty().bind(reschedule.visibleProperty());
        reschedule.addEventFilter(ActionEvent.ACTION, event -> form.rescheduleOpen());
        Button create = (Button) dialog.getDialogPane().lookupButton(createType);
        create.disableProperty().bind(form.canCreateProperty().not());
        create.addEventFilter(ActionEvent.ACTION, event -> form.create());
    }

    void show() {
        dialog.showAndWait();
    }
}
