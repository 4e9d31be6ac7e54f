package io.customerlens.app;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart so {@link Main} loads no JavaFX class on the command line. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(CustomerLensApp.class, args);
    }
}
