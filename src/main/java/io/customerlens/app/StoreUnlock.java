package io.customerlens.app;

import io.customerlens.domain.StorePassword;
import io.customerlens.store.StoreInUseException;
import io.customerlens.store.StorePasswordException;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.password.PasswordPromptView;
import io.customerlens.ui.password.PasswordPromptViewModel;
import javafx.application.Platform;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Opens encrypted data at start (docs/decisions/0015): asks the password, tries it off the FX thread, asks again
 * saying so when it is wrong, and quits when the user cancels. Data another window has open is offered read-only as
 * usual (docs/decisions/0009), the copy opened with the same password.
 */
final class StoreUnlock {

    /** The store opened, and the password that opened it (kept in memory for a later change). */
    record Unlocked(AppContext context, StorePassword password) {
    }

    private final Messages messages;
    private final Path dataFolder;
    private final Consumer<Unlocked> opened;
    private final Consumer<Throwable> failed;

    StoreUnlock(Messages messages, Path dataFolder, Consumer<Unlocked> opened, Consumer<Throwable> failed) {
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.opened = opened;
        this.failed = failed;
    }

    void start() {
        // No window is open while the password is asked and tried: JavaFX must not take that for the end of the app.
        Platform.setImplicitExit(false);
        ask(new PasswordPromptViewModel(messages, dataFolder, false), false);
    }

    private void ask(PasswordPromptViewModel viewModel, boolean readOnly) {
        Optional<StorePassword> typed = new PasswordPromptView(viewModel, messages).ask();
        if (typed.isEmpty()) {
            Platform.exit();
            return;
        }
        StorePassword password = typed.get();
        CompletableFuture.supplyAsync(() -> readOnly ? AppContext.readOnlyCopy(dataFolder, password)
                        : new AppContext(dataFolder, password))
                .whenComplete((context, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        Platform.setImplicitExit(true);
                        opened.accept(new Unlocked(context, password));
                        return;
                    }
                    handle(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure, viewModel,
                            password, readOnly);
                }));
    }

    private void handle(Throwable failure, PasswordPromptViewModel viewModel, StorePassword password,
                        boolean readOnly) {
        if (failure instanceof StorePasswordException) {
            viewModel.refused();
            ask(viewModel, readOnly);
        } else if (failure instanceof StoreInUseException && !readOnly) {
            if (new StoreInUseDialog(messages).askReadOnly()) {
                openReadOnly(password);
            } else {
                Platform.exit();
            }
        } else {
            Platform.setImplicitExit(true);
            failed.accept(failure);
        }
    }

    /** The password was not checked (the other window holds the file): the copy checks it. */
    private void openReadOnly(StorePassword password) {
        CompletableFuture.supplyAsync(() -> AppContext.readOnlyCopy(dataFolder, password))
                .whenComplete((context, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        Platform.setImplicitExit(true);
                        opened.accept(new Unlocked(context, password));
                        return;
                    }
                    PasswordPromptViewModel viewModel = new PasswordPromptViewModel(messages, dataFolder, true);
                    handle(failure instanceof CompletionException wrapped ? wrapped.getCause() : failure, viewModel,
                            password, true);
                }));
    }
}
