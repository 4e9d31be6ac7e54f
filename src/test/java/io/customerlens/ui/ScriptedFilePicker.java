package io.customerlens.ui;

import io.customerlens.ui.common.FilePicker;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Answers the file dialogs with the files a test set, since a robot cannot drive a native dialog. */
public final class ScriptedFilePicker implements FilePicker {

    private volatile Path toOpen;
    private volatile Path toSave;

    public void opens(Path file) {
        toOpen = file;
    }

    public void savesTo(Path file) {
        toSave = file;
    }

    @Override
    public Optional<Path> chooseSpreadsheet(Window owner) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Window owner, String suggestedName) {
        return Optional.ofNullable(toSave);
    }
}
