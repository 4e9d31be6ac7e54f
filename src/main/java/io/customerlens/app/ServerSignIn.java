package io.customerlens.app;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.PasswordKeyring;
import io.customerlens.settings.TeamServerChoice;
import io.customerlens.domain.ServerLogin;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.password.PasswordPromptView;
import io.customerlens.ui.password.PasswordPromptViewModel;
import io.customerlens.ui.password.StoreProtection;
import io.customerlens.ui.settings.SettingsDialog;
import io.customerlens.ui.settings.SettingsViewModel;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Opens the team server chosen in the settings at start (docs/decisions/0020): with the password the keyring keeps,
 * else asked; tried off the FX thread. A refused password is asked again; when the server cannot be opened the user
 * reads why and chooses the data folder on this computer, the settings, or quitting. The app never fails to start
 * because of a bad server setting.
 */
final class ServerSignIn {

    private final Messages messages;
    private final AppSettings settings;
    private final PasswordKeyring keyring;
    private final Path dataFolder;
    private final ServerStart start;
    private final Consumer<ServerStart.Opened> opened;
    private final Runnable folderChosen;

    /**
     * @param opened       called on the FX thread with the store opened
     * @param folderChosen called on the FX thread when the user goes back to the data folder
     */
    ServerSignIn(Messages messages, AppSettings settings, PasswordKeyring keyring, Path dataFolder,
                 Consumer<ServerStart.Opened> opened, Runnable folderChosen) {
        this.messages = messages;
        this.settings = settings;
        this.keyring = keyring;
        this.dataFolder = dataFolder;
        this.start = new ServerStart(settings, keyring, AppContext::onServer);
        this.opened = opened;
        this.folderChosen = folderChosen;
    }

    void start() {
        // No window is open while the password is asked and tried: JavaFX must not take that for the end of the app.
        Platform.setImplicitExit(false);
        Optional<TeamServerChoice> server = start.chosen();
        if (server.isEmpty()) {
            Platform.setImplicitExit(true);
            folderChosen.run();
            return;
        }
        Optional<char[]> kept = start.keptPassword(server.get());
        if (kept.isPresent()) {
            tryOpen(server.get(), kept.get(), Optional.empty());
        } else {
            ask(server.get(), prompt(server.get()));
        }
    }

    private PasswordPromptViewModel prompt(TeamServerChoice server) {
        return PasswordPromptViewModel.forServer(messages, server.user(),
                new ServerLogin(server.url(), server.user(), null).place());
    }

    private void ask(TeamServerChoice server, PasswordPromptViewModel viewModel) {
        Optional<char[]> typed = new PasswordPromptView(viewModel, messages).ask()
                .map(password -> password.characters());
        if (typed.isEmpty()) {
            offerChoices(server, "server.refused.NOT_SIGNED_IN");
            return;
        }
        tryOpen(server, typed.get(), Optional.of(viewModel));
    }

    /** @param prompt the dialog the password was typed in; empty when it came from the keyring */
    private void tryOpen(TeamServerChoice server, char[] password, Optional<PasswordPromptViewModel> prompt) {
        CompletableFuture.supplyAsync(() -> start.open(server, password))
                .whenComplete((outcome, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        // open() says every failure to open as Refused: this is a fault; the app's handler logs it.
                        Platform.setImplicitExit(true);
                        throw new IllegalStateException("opening the team server failed", failure);
                    }
                    switch (outcome) {
                        case ServerStart.Opened done -> {
                            Platform.setImplicitExit(true);
                            opened.accept(done);
                        }
                        case ServerStart.Refused refused when refused.loginRefused() -> {
                            PasswordPromptViewModel again = prompt.orElseGet(() -> prompt(server));
                            again.refused();
                            ask(server, again);
                        }
                        case ServerStart.Refused refused -> offerChoices(server, refused.messageKey());
                    }
                }));
    }

    /** Says why the server is not open and lets the user choose: the data folder, the settings, or quitting. */
    private void offerChoices(TeamServerChoice server, String reasonKey) {
        ButtonType useFolder = new ButtonType(messages.get("server.useFolder"), ButtonBar.ButtonData.OK_DONE);
        ButtonType fix = new ButtonType(messages.get("server.fixSettings"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("server.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String place = new ServerLogin(server.url(), server.user(), null).place();
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("server.unavailable.text", place,
                server.user(), messages.get(reasonKey)), useFolder, fix, quit);
        alert.setTitle(messages.get("ui.windowTitle"));
        alert.setHeaderText(messages.get("server.unavailable.header"));
        alert.getDialogPane().setId("server-unavailable");
        alert.getDialogPane().setPrefWidth(560);
        ButtonType chosen = alert.showAndWait().orElse(quit);
        if (chosen == useFolder) {
            start.useFolder();
            Platform.setImplicitExit(true);
            folderChosen.run();
        } else if (chosen == fix) {
            boolean applied = new SettingsDialog(new SettingsViewModel(settings, dataFolder, StoreProtection.NOT_OPEN,
                    keyring), messages, null).showAndStore();
            if (applied) {
                // The new setting is used now: the folder, or the server as now set.
                start();
            } else {
                offerChoices(server, reasonKey);
            }
        } else {
            Platform.exit();
        }
    }
}
