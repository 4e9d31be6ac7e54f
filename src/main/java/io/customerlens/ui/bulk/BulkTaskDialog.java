package io.customerlens.ui.bulk;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.BulkTaskRequest;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.Choices;
import io.customerlens.ui.common.DateFields;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** "Create follow-up tasks" for the picked customers: reason, channel, due date, priority and notes, chosen once. */
final class BulkTaskDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<FollowUpReason> reason = new ChoiceBox<>();
    private final ChoiceBox<FollowUpChannel> channel = new ChoiceBox<>();
    private final DatePicker due;
    private final ChoiceBox<Integer> priority = new ChoiceBox<>();
    private final TextArea notes = new TextArea();

    BulkTaskDialog(Messages messages, int customers, FollowUpReason suggested, LocalDate today, Window owner) {
        dialog.setTitle(messages.get("bulk.tasks.title"));
        dialog.setHeaderText(messages.format("bulk.tasks.header", messages.count(customers)));
        dialog.getDialogPane().setId("bulk-task-dialog");
        if (owner != null) {
            dialog.initOwner(owner);
            // A window of its own: give it the app's style sheet and language font.
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        reason.getItems().setAll(FollowUpReason.values());
        reason.setConverter(Choices.converter(value -> messages.get(FollowUpLabels.reason(value))));
        reason.setValue(suggested);
        reason.setId("bulk-task-reason");
        channel.getItems().setAll(FollowUpChannel.values());
        channel.setConverter(Choices.converter(value -> messages.get(FollowUpLabels.channel(value))));
        channel.setValue(FollowUpChannel.PHONE);
        channel.setId("bulk-task-channel");
        due = DateFields.create(messages, "bulk-task-due");
        due.setValue(today);
        priority.getItems().setAll(FollowUpTask.HIGH, FollowUpTask.NORMAL, FollowUpTask.LOW);
        priority.setConverter(Choices.converter(value -> messages.get(FollowUpLabels.priority(value))));
        priority.setValue(FollowUpTask.NORMAL);
        priority.setId("bulk-task-priority");
        notes.setPrefRowCount(3);
        notes.setPrefColumnCount(36);
        notes.setWrapText(true);
        notes.setId("bulk-task-notes");

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(messages.get("bulk.tasks.reason")), reason);
        form.addRow(1, new Label(messages.get("customerView.column.channel")), channel);
        form.addRow(2, new Label(messages.get("card.task.due")), due);
        form.addRow(3, new Label(messages.get("bulk.tasks.priority")), priority);
        form.addRow(4, new Label(messages.get("customerView.column.notes")), notes);
        Label rule = new Label(messages.get("bulk.tasks.rule"));
        rule.setWrapText(true);
        rule.setMaxWidth(460);
        rule.getStyleClass().add("explanation");
        form.add(rule, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType create = new ButtonType(messages.get("bulk.tasks.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("customerView.task.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(due.valueProperty().isNull());
    }

    /** Shows the dialog; the request for {@code customerKeys} when the user creates, empty when cancelled. */
    Optional<BulkTaskRequest> ask(List<String> customerKeys) {
        return dialog.showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(button -> new BulkTaskRequest(customerKeys, reason.getValue(), channel.getValue(), due.getValue(),
                        priority.getValue(), notes.getText()));
    }
}
