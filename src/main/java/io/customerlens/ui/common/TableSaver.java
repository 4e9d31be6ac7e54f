package io.customerlens.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Locale;

/**
 * "Save as Excel" for any table: asks where, copies what the table shows, writes it in the background and
 * says how it went in {@link #messageProperty()} (the status bar shows the running job as usual).
 */
public final class TableSaver {

    private static final String EXTENSION = ".xlsx";

    private final FilePicker filePicker;
    private final TaskRunner runner;
    private final TableExport export;
    private final Messages messages;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind =
            new ReadOnlyObjectWrapper<>(this, "messageKind", MessageKind.NEUTRAL);

    public TableSaver(FilePicker filePicker, TaskRunner runner, TableExport export, Messages messages) {
        this.filePicker = filePicker;
        this.runner = runner;
        this.export = export;
        this.messages = messages;
    }

    /** A button that saves {@code table}; the file name is suggested in the dialog and names the sheet. */
    public Button saveButton(TableView<?> table, String suggestedFileName) {
        Button button = new Button(messages.get("tableExport.saveButton"));
        button.getStyleClass().add("table-save-xlsx");
        button.setOnAction(event -> save(table, suggestedFileName));
        return button;
    }

    /** On the FX thread, e.g. from a button: nothing happens if the user cancels the dialog. */
    public void save(TableView<?> table, String suggestedFileName) {
        Window owner = table.getScene() == null ? null : table.getScene().getWindow();
        save(owner, () -> export.snapshot(table), suggestedFileName);
    }

    /** Saves what {@code snapshot} copies (some rows of a table) once the user has chosen the file. FX thread. */
    public void save(Window owner, java.util.function.Supplier<TableSnapshot> snapshot, String suggestedFileName) {
        String baseName = withoutExtension(suggestedFileName);
        filePicker.chooseWorkbookToSave(owner, messages.get("tableExport.dialogTitle"), baseName + EXTENSION)
                .map(file -> FileNames.withExtension(file, EXTENSION))
                .ifPresent(file -> write(snapshot.get(), baseName, file));
    }

    /** How the last save went, for a label next to the button; empty while none has finished. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the last save worked (success) or not (error): the message's style. */
    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    /** The label that says how the last save went, green when saved and red when not; no room while empty. */
    public Label messageLabel() {
        return PageParts.notice(message.getReadOnlyProperty(), messageKind.getReadOnlyProperty());
    }

    private void write(TableSnapshot snapshot, String sheetName, Path file) {
        String name = String.valueOf(file.getFileName());
        message.set("");
        runner.job(messages.format("tableExport.saving", name), context -> {
                    export.write(snapshot, sheetName, file, context);
                    return file;
                })
                .onSuccess(saved -> say(MessageKind.SUCCESS, messages.format("tableExport.saved", saved.toString())))
                .onFailure(failure -> say(MessageKind.ERROR, messages.format("tableExport.failed", name,
                        FailureReport.describe(messages, failure))))
                .start();
    }

    private void say(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    private static String withoutExtension(String fileName) {
        String name = fileName.strip();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)
                ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
