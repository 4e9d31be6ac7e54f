package io.customerlens.ui.password;

import io.customerlens.domain.StorePassword;
import io.customerlens.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The start dialog of encrypted data, without a screen (docs/decisions/0015). */
class PasswordPromptViewModelTest {

    private static final Path FOLDER = Path.of("/home/li/.customerlens");

    @Test
    void asksForThePasswordOfTheFolderInTheUsersLanguage() {
        PasswordPromptViewModel chinese = new PasswordPromptViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                FOLDER, false);
        PasswordPromptViewModel english = new PasswordPromptViewModel(Messages.forLocale(Locale.ENGLISH), FOLDER, false);

        assertThat(chinese.messageProperty().get()).isEqualTo("请输入 /home/li/.customerlens 中数据的密码。");
        assertThat(english.messageProperty().get()).isEqualTo("Enter the password of the data in /home/li/.customerlens.");
        assertThat(english.wrongProperty().get()).isFalse();
    }

    @Test
    void opensOnlyWhenSomethingIsTyped() {
        PasswordPromptViewModel viewModel = new PasswordPromptViewModel(Messages.forLocale(Locale.ENGLISH), FOLDER, false);

        assertThat(viewModel.canOpenProperty().get()).isFalse();
        viewModel.passwordProperty().set("x");
        assertThat(viewModel.canOpenProperty().get()).isTrue();
    }

    @Test
    void theTypedPasswordIsHandedOnAndTheFieldEmptied() {
        PasswordPromptViewModel viewModel = new PasswordPromptViewModel(Messages.forLocale(Locale.ENGLISH), FOLDER, false);
        viewModel.passwordProperty().set("blue river 蓝河");

        StorePassword taken = viewModel.take();

        assertThat(taken.matches(StorePassword.of("blue river 蓝河"))).isTrue();
        assertThat(taken.matches(StorePassword.of("blue river"))).isFalse();
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(taken).hasToString("StorePassword[…]");
    }

    @Test
    void aRefusedPasswordIsSaidAsAnErrorAndCountedOnRetry() {
        PasswordPromptViewModel viewModel = new PasswordPromptViewModel(Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                FOLDER, false);

        viewModel.refused();
        String first = viewModel.messageProperty().get();
        viewModel.refused();

        assertThat(viewModel.wrongProperty().get()).isTrue();
        assertThat(first).isEqualTo("密码不对，打不开这些数据。请检查（大小写、输入法）后重试。");
        assertThat(viewModel.messageProperty().get()).isEqualTo("密码仍然不对（已试 2 次）。请检查后重试，或退出。");
    }

    @Test
    void aReadOnlyCopySaysAnotherWindowHasTheData() {
        PasswordPromptViewModel viewModel = new PasswordPromptViewModel(Messages.forLocale(Locale.ENGLISH), FOLDER, true);

        assertThat(viewModel.messageProperty().get()).startsWith("Another window has this data open.");
    }

    @Test
    void aTeamServersPasswordIsAskedForTheLoginAndARefusalOffersTheOtherChoices() {
        PasswordPromptViewModel english = PasswordPromptViewModel.forServer(Messages.forLocale(Locale.ENGLISH), "zhang",
                "db.example:5432/customerlens");
        PasswordPromptViewModel chinese = PasswordPromptViewModel.forServer(
                Messages.forLocale(Locale.SIMPLIFIED_CHINESE), "zhang", "db.example:5432/customerlens");

        assertThat(english.header()).isEqualTo("Sign in to the team server");
        assertThat(english.messageProperty().get())
                .isEqualTo("Enter the password of zhang on the team server db.example:5432/customerlens.");
        assertThat(chinese.messageProperty().get()).isEqualTo("请输入 zhang 在团队服务器 db.example:5432/customerlens 上的密码。");
        assertThat(english.openLabel()).isEqualTo("Sign in");
        assertThat(english.cancelLabel()).isEqualTo("Other choices…");

        english.refused();
        assertThat(english.wrongProperty().get()).isTrue();
        assertThat(english.messageProperty().get()).startsWith("The server refused this user name or password.");
        english.refused();
        assertThat(english.messageProperty().get()).startsWith("The server refused this password too (2 tries).");
    }
}
