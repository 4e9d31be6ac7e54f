package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The question at start when the data is encrypted (docs/decisions/0015): the password typed, what the dialog says,
 * and whether the last try was refused. The app tries each password and calls {@link #refused()} on a wrong one, so
 * the dialog asks again saying so; cancelling quits.
 */
public final class PasswordPromptViewModel {

    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper wrong = new ReadOnlyBooleanWrapper(this, "wrong");
    private final BooleanBinding canOpen = Bindings.createBooleanBinding(
            () -> password.get() != null && !password.get().isEmpty(), password);
    private int refusals;
    /** The keys of what the dialog says: the data's password, or a team server's login (docs/decisions/0020). */
    private final String keys;

    /** @param readOnly whether the store is opened as a read-only copy (another window has it open) */
    public PasswordPromptViewModel(Messages messages, Path dataFolder, boolean readOnly) {
        this.messages = messages;
        this.keys = "password.prompt.";
        message.set(messages.format(readOnly ? "password.prompt.textReadOnly" : "password.prompt.text",
                dataFolder.toString()));
    }

    private PasswordPromptViewModel(Messages messages, String user, String place) {
        this.messages = messages;
        this.keys = "server.prompt.";
        message.set(messages.format("server.prompt.text", user, place));
    }

    /**
     * The question at start for a team server's password when no keyring keeps it (docs/decisions/0020); cancelling
     * offers the other choices (the data folder, the settings) instead of quitting.
     *
     * @param place the server and database ({@code host:port/db})
     */
    public static PasswordPromptViewModel forServer(Messages messages, String user, String place) {
        return new PasswordPromptViewModel(messages, user, place);
    }

    /** The dialog's header. */
    public String header() {
        return messages.get(keys + "header");
    }

    /** The label of the button that tries the password: Open, or Sign in for a team server. */
    public String openLabel() {
        return messages.get(keys + "open");
    }

    /** The label of the button that gives up typing: Quit, or the other choices for a team server. */
    public String cancelLabel() {
        return messages.get(keys + "quit");
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** What the dialog says: which data is protected, or that the last password did not open it. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True after a refused password: the message is then an error. */
    public ReadOnlyBooleanProperty wrongProperty() {
        return wrong.getReadOnlyProperty();
    }

    /** Whether something was typed: an empty password opens nothing. */
    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** The password typed, to try; the field is emptied so it does not linger in the dialog. */
    public StorePassword take() {
        StorePassword typed = StorePassword.of(password.get() == null ? "" : password.get());
        password.set("");
        return typed;
    }

    /** The password tried did not open the data: the dialog asks again, saying so. */
    public void refused() {
        refusals++;
        wrong.set(true);
        message.set(refusals == 1 ? messages.get(keys + "wrong") : messages.format(keys + "wrongAgain", refusals));
    }
}
