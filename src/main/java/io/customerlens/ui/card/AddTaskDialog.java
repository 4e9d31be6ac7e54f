package io.customerlens.ui.card;

import io.customerlens.ui.common.DateFields;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.ui.common.Choices;
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
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Add task": channel, due date and notes for a follow-up task made by hand. Where the customer already has an open
 * (or snoozed) task, the dialog says so and offers to move that task to the day chosen instead: one open task per
 * customer.
 */
final class AddTaskDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ChoiceBox<FollowUpChannel> channel = new ChoiceBox<>();
    private final DatePicker due = new DatePicker();
    private final TextArea notes = new TextArea();

    private final Optional<FollowUpTask> open;
    private ButtonType move;

    AddTaskDialog(Messages messages, String customerName, LocalDate today, Optional<FollowUpTask> open, Window owner) {
        this.open = open;
        dialog.setTitle(messages.get("customerView.task.add"));
        dialog.setHeaderText(messages.format("customerView.task.header", customerName));
        dialog.getDialogPane().setId("card-task-dialog");
        if (owner != null) {
            dialog.initOwner(owner);
            // A window of its own: give it the app's style sheet and language font.
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
            dialog.getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        channel.getItems().setAll(FollowUpChannel.values());
        channel.setConverter(Choices.converter(value -> messages.get(FollowUpLabels.channel(value))));
        channel.setValue(FollowUpChannel.PHONE);
        channel.setId("card-task-channel");
        due.setValue(today);
        // ISO dates, as everywhere in the app, whatever the system's date format.
        DateFields.install(due, messages);
        due.setId("card-task-due");
        notes.setPrefRowCount(4);
        notes.setPrefColumnCount(36);
        notes.setWrapText(true);
        notes.setId("card-task-notes");

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label(messages.get("customerView.column.channel")), channel);
        form.addRow(1, new Label(messages.get("card.task.due")), due);
        form.addRow(2, new Label(messages.get("customerView.column.notes")), notes);
        dialog.getDialogPane().setContent(form);
        ButtonType cancel = new ButtonType(messages.get("customerView.task.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (open.isPresent()) {
            FollowUpTask task = open.get();
            Label already = new Label(messages.format("followupsView.manual.alreadyOpen", customerName,
                    messages.get(FollowUpLabels.reason(task.reason())), messages.date(task.effectiveDue())));
            already.setWrapText(true);
            already.setMaxWidth(420);
            already.setId("card-task-open");
            already.getStyleClass().add("message-error");
            form.add(already, 0, 3, 2, 1);
            channel.setDisable(true);
            notes.setDisable(true);
            move = new ButtonType(messages.get("followupsView.manual.reschedule"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().setAll(move, cancel);
            dialog.getDialogPane().lookupButton(move).setId("card-task-move");
            dialog.getDialogPane().lookupButton(move).disableProperty().bind(due.valueProperty().isNull());
        } else {
            ButtonType add = new ButtonType(messages.get("customerView.task.addButton"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
            dialog.getDialogPane().lookupButton(add).disableProperty().bind(due.valueProperty().isNull());
        }
    }

    /**
     * Shows the dialog; when the user adds, hands channel, due date and notes to {@code onAdd}; when the customer has
     * an open task and the user moves it, hands the day chosen to {@code onMove}.
     */
    void showAndAdd(TaskSink onAdd, Consumer<LocalDate> onMove) {
        dialog.showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(button -> {
                    if (button == move) {
                        onMove.accept(due.getValue());
                    } else {
                        onAdd.add(channel.getValue(), due.getValue(), notes.getText());
                    }
                });
    }

    @FunctionalInterface
    interface TaskSink {
        void add(FollowUpChannel channel, LocalDate due, String notes);
    }
}
