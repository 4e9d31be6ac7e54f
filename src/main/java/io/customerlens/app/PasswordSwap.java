package io.customerlens.app;

import io.customerlens.domain.StorePassword;
import io.customerlens.store.StoreEncryption;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A change of the store's password made while no window uses the store (docs/decisions/0015), and the store opened
 * again: with the new password when the change worked, else with the old one and the reason kept to be said.
 */
record PasswordSwap(AppContext context, StorePassword password, boolean removed, Optional<Throwable> failure) {

    /** Runs off the FX thread: the rewrite and the open take seconds on a large store. */
    static PasswordSwap run(Path dataFolder, StorePassword current, StorePassword next) {
        try {
            StoreEncryption.change(dataFolder, current, next);
        } catch (RuntimeException e) {
            // The store is the old one, with the old password (the new file never replaced it).
            return new PasswordSwap(new AppContext(dataFolder, current), current, false, Optional.of(e));
        }
        return new PasswordSwap(new AppContext(dataFolder, next), next, next.isNone(), Optional.empty());
    }

    /** Says how it went, over the window opened again. */
    void report(Messages messages, Window owner) {
        Alert alert = failure.map(reason -> new Alert(Alert.AlertType.ERROR,
                        messages.format("password.change.failed", FailureReport.describe(messages, reason)),
                        ButtonType.OK))
                .orElseGet(() -> new Alert(Alert.AlertType.INFORMATION,
                        messages.get(removed ? "password.change.doneRemoved" : "password.change.doneSet"),
                        ButtonType.OK));
        alert.initOwner(owner);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(null);
        alert.show();
    }
}
