package io.customerlens.ui.shell;

import io.customerlens.domain.SignedIn;
import io.customerlens.domain.TeamRole;
import io.customerlens.ui.common.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en    | SALESPERSON | Signed in as zhang (salesperson) · server db.example:5432/customerlens",
            "en    | MANAGER     | Signed in as zhang (manager) · server db.example:5432/customerlens",
            "zh_CN | SALESPERSON | 已登录：zhang（销售员）· 服务器 db.example:5432/customerlens",
            "zh_CN | MANAGER     | 已登录：zhang（经理）· 服务器 db.example:5432/customerlens"})
    void saysWhoIsSignedInWithTheirRoleAndServer(String locale, TeamRole role, String expected) {
        Messages messages = Messages.forLocale(locale.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);

        assertThat(SignedInLine.text(messages, new SignedIn("zhang", role, "db.example:5432/customerlens")))
                .isEqualTo(expected);
    }
}
