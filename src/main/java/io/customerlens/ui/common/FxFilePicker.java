package io.customerlens.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The system's open and save dialogs, with the spreadsheet types the importer reads. */
public final class FxFilePicker implements FilePicker {

    private final Messages messages;

    public FxFilePicker(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseSpreadsheet(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("ui.fileChooser.openTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("ui.fileChooser.spreadsheets"),
                        "*.xlsx", "*.xls", "*.csv", "*.txt", "*.XLSX", "*.XLS", "*.CSV", "*.TXT"),
                new FileChooser.ExtensionFilter(messages.get("ui.fileChooser.allFiles"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Window owner, String suggestedName) {
        return chooseWorkbookToSave(owner, messages.get("ui.fileChooser.saveTitle"), suggestedName);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("ui.fileChooser.workbook"), "*.xlsx"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfToSave(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("print.fileChooser.pdf"), "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
