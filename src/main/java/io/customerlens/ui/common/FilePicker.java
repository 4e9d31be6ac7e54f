package io.customerlens.ui.common;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file. The app shows the system's file dialogs ({@link FxFilePicker}); a headless
 * test answers with a fixture, since a native dialog cannot be driven by a robot.
 */
public interface FilePicker {

    Optional<Path> chooseSpreadsheet(Window owner);

    Optional<Path> chooseWorkbookToSave(Window owner, String suggestedName);

    /**
     * Like {@link #chooseWorkbookToSave(Window, String)} with the dialog's title, for saves other than the
     * rejected lines. A default method, so pickers that show no dialog need not care about titles.
     */
    default Optional<Path> chooseWorkbookToSave(Window owner, String title, String suggestedName) {
        return chooseWorkbookToSave(owner, suggestedName);
    }

    /**
     * Where to save a PDF report. Defaults to the workbook dialog, so pickers that show no dialog (tests)
     * need not care; the system picker filters PDF files.
     */
    default Optional<Path> choosePdfToSave(Window owner, String title, String suggestedName) {
        return chooseWorkbookToSave(owner, title, suggestedName);
    }
}
