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
}
