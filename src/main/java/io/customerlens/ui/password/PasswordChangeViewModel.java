package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Setting, changing or removing the data's password in Settings (docs/decisions/0015): the current password when
 * there is one (checked against the one the store was opened with), the new one twice, or "remove the password".
 */
public final class PasswordChangeViewModel {

    /** Shorter passwords are refused: guessing them takes little even at about 50 ms a guess. */
    static final int MIN_LENGTH = 8;

    private final Messages messages;
    private final StoreProtection protection;
    private final Consumer<StorePassword> chosen;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final BooleanProperty remove = new SimpleBooleanProperty(this, "remove");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** @param chosen receives the new password ({@link StorePassword#NONE}: remove it) once the entries allow it */
    public PasswordChangeViewModel(Messages messages, StoreProtection protection, Consumer<StorePassword> chosen) {
        this.messages = messages;
        this.protection = protection;
        this.chosen = chosen;
    }

    /** Whether the data has a password now: then the current one is asked, and it may be removed. */
    public boolean encrypted() {
        return protection.encrypted();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Remove the password: the data is stored unencrypted again. */
    public BooleanProperty removeProperty() {
        return remove;
    }

    /** Why the change cannot be made, in words; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Hands the new password on when the entries allow it; otherwise says why in {@link #problemProperty()}.
     *
     * @return whether the password was handed on (the dialog then closes)
     */
    public boolean apply() {
        Optional<String> found = check();
        problem.set(found.orElse(""));
        if (found.isPresent()) {
            return false;
        }
        chosen.accept(remove.get() ? StorePassword.NONE : StorePassword.of(text(next)));
        clear();
        return true;
    }

    private Optional<String> check() {
        if (protection.encrypted() && !protection.matches(StorePassword.of(text(current)))) {
            return Optional.of(messages.get("password.change.currentWrong"));
        }
        if (remove.get() && protection.encrypted()) {
            return Optional.empty();
        }
        if (text(next).length() < MIN_LENGTH) {
            return Optional.of(messages.format("password.change.tooShort", MIN_LENGTH));
        }
        if (!text(next).equals(text(repeat))) {
            return Optional.of(messages.get("password.change.mismatch"));
        }
        return Optional.empty();
    }

    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get();
    }

    private void clear() {
        current.set("");
        next.set("");
        repeat.set("");
    }
}
