package io.customerlens.app;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.password.StoreProtection;
import javafx.application.Platform;

import java.util.function.Consumer;

/**
 * The open store's password as the settings dialog sees it: the password it was opened with stays in this object
 * (memory only, never the settings), and a change is made after the dialog has closed.
 */
final class OpenStoreProtection implements StoreProtection {

    private final StorePassword inUse;
    private final boolean encrypted;
    private final Consumer<StorePassword> change;

    /** @param change closes the window and the store, rewrites the store with the new password, opens both again */
    OpenStoreProtection(StorePassword inUse, boolean encrypted, Consumer<StorePassword> change) {
        this.inUse = inUse;
        this.encrypted = encrypted;
        this.change = change;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public boolean matches(StorePassword candidate) {
        return encrypted && inUse.matches(candidate);
    }

    @Override
    public void change(StorePassword next) {
        // The settings dialog is still on its way out: the window it belongs to is replaced after it.
        Platform.runLater(() -> change.accept(next));
    }
}
