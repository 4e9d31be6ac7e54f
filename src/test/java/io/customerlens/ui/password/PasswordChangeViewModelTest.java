package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Data password, without a screen: what is checked before the store is rewritten. */
class PasswordChangeViewModelTest {

    private final List<StorePassword> chosen = new ArrayList<>();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void aNewPasswordTypedTwiceIsHandedOn() {
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(messages, store(false), chosen::add);
        viewModel.nextProperty().set("long enough");
        viewModel.repeatProperty().set("long enough");

        assertThat(viewModel.apply()).isTrue();

        assertThat(chosen).singleElement().satisfies(password ->
                assertThat(password.matches(StorePassword.of("long enough"))).isTrue());
        assertThat(viewModel.nextProperty().get()).isEmpty();
    }

    @Test
    void twoDifferentEntriesAreRefused() {
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(messages, store(false), chosen::add);
        viewModel.nextProperty().set("long enough");
        viewModel.repeatProperty().set("long enuogh");

        assertThat(viewModel.apply()).isFalse();

        assertThat(viewModel.problemProperty().get()).isEqualTo("The two new passwords are not the same.");
        assertThat(chosen).isEmpty();
    }

    @Test
    void aPasswordShorterThanEightCharactersIsRefused() {
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(messages, store(false), chosen::add);
        viewModel.nextProperty().set("1234567");
        viewModel.repeatProperty().set("1234567");

        assertThat(viewModel.apply()).isFalse();

        assertThat(viewModel.problemProperty().get()).isEqualTo("The new password needs at least 8 characters.");
    }

    @Test
    void changingNeedsTheCurrentPassword() {
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(messages, store(true), chosen::add);
        viewModel.currentProperty().set("not it at all");
        viewModel.nextProperty().set("autumn wind");
        viewModel.repeatProperty().set("autumn wind");

        assertThat(viewModel.apply()).isFalse();
        assertThat(viewModel.problemProperty().get()).isEqualTo("The current password is not right.");

        viewModel.currentProperty().set("spring rain");
        assertThat(viewModel.apply()).isTrue();
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(chosen).singleElement().satisfies(password ->
                assertThat(password.matches(StorePassword.of("autumn wind"))).isTrue());
    }

    @Test
    void removingHandsOnNoPasswordAfterTheCurrentOneIsChecked() {
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(messages, store(true), chosen::add);
        viewModel.removeProperty().set(true);
        viewModel.currentProperty().set("spring rain");

        assertThat(viewModel.apply()).isTrue();

        assertThat(chosen).containsExactly(StorePassword.NONE);
    }

    /** A store opened with "spring rain" when encrypted. */
    private static StoreProtection store(boolean encrypted) {
        return new StoreProtection() {
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
                return encrypted && StorePassword.of("spring rain").matches(candidate);
            }

            @Override
            public void change(StorePassword next) {
                throw new AssertionError("the view model hands the password to the settings, not to the store");
            }
        };
    }
}
