package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --password-file on an encrypted store (docs/decisions/0015): sales-jan-feb.csv (9 rows read, 6 imported) goes
 * into a new store created encrypted; every command that opens it needs the password, and a missing or wrong one is
 * one sentence and exit code 77, never H2's text.
 */
class CliPasswordTest {

    @TempDir
    Path temp;
    private Path db;
    private Path passwordFile;
    private CliRunner cli;

    @BeforeEach
    void importIntoAnEncryptedStore() throws URISyntaxException, IOException {
        db = temp.resolve("db");
        // The first line is the password, spaces included; the line end is not part of it.
        passwordFile = Files.writeString(temp.resolve("password.txt"), "blue river 蓝河\r\nsecond line ignored\n");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        Path fixture = Path.of(getClass().getResource("/fixtures/store/sales-jan-feb.csv").toURI());

        CliRunner.Result imported = cli.run("import", fixture.toString(), "--db", db.toString(),
                "--password-file", passwordFile.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void importWithAPasswordFileCreatesAnEncryptedStore() throws IOException {
        try (InputStream in = Files.newInputStream(db.resolve("customerlens.mv.db"))) {
            assertThat(new String(in.readNBytes(9), StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        }
    }

    @Test
    void theSamePasswordOpensItForListAndUndo() throws IOException {
        Path sameWithoutLineEnd = Files.writeString(temp.resolve("same.txt"), "blue river 蓝河");

        CliRunner.Result list = cli.run("imports", "list", "--db", db.toString(), "--password-file",
                sameWithoutLineEnd.toString());
        long id = Long.parseLong(list.out().substring(0, list.out().indexOf(' ')));
        CliRunner.Result undo = cli.run("imports", "undo", Long.toString(id), "--db", db.toString(),
                "--password-file", passwordFile.toString());

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("read 9, imported 6");
        assertThat(undo.exitCode()).isZero();
        assertThat(undo.out()).contains("removed 6 sales lines");
    }

    @Test
    void withoutThePasswordEveryCommandSaysSoAndEndsWith77() {
        CliRunner.Result list = cli.run("imports", "list", "--db", db.toString());
        CliRunner.Result analyze = cli.run("analyze", "--db", db.toString(), "--out", temp.resolve("out").toString());

        assertThat(list.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(list.err()).isEqualTo("customerlens imports list: the data in " + db + " is protected by a password."
                + " Give it with --password-file FILE (the password on the file's first line).\n");
        assertThat(analyze.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(analyze.err()).startsWith("customerlens analyze: the data in " + db + " is protected");
    }

    @Test
    void aWrongPasswordIsOneSentenceInTheUsersLanguage() throws IOException {
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "blue river\n");
        CliRunner chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE);

        CliRunner.Result english = cli.run("tasks", "export", "--out", temp.resolve("t.xlsx").toString(),
                "--db", db.toString(), "--password-file", wrong.toString());
        CliRunner.Result inChinese = chinese.run("report", "calls", "--pdf", temp.resolve("c.pdf").toString(),
                "--db", db.toString(), "--password-file", wrong.toString());

        assertThat(english.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(english.err()).isEqualTo("customerlens tasks export: the password in " + wrong
                + " does not open the data in " + db + ". Check the file and try again.\n");
        assertThat(inChinese.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(inChinese.err()).isEqualTo("customerlens report calls：" + wrong + " 中的密码打不开 " + db
                + " 中的数据。请检查文件后再试。\n");
        assertThat(english.err() + inChinese.err()).doesNotContain("900", "H2", "Exception");
    }

    @Test
    void anEmptyOrMissingPasswordFileIsNamed() throws IOException {
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n");
        Path missing = temp.resolve("nowhere.txt");

        CliRunner.Result fromEmpty = cli.run("imports", "list", "--db", db.toString(), "--password-file",
                empty.toString());
        CliRunner.Result fromMissing = cli.run("imports", "list", "--db", db.toString(), "--password-file",
                missing.toString());

        assertThat(fromEmpty.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(fromEmpty.err()).isEqualTo("customerlens imports list: the password file " + empty
                + " is empty; its first line must hold the password.\n");
        assertThat(fromMissing.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(fromMissing.err()).isEqualTo("customerlens imports list: cannot read the password file "
                + missing + ".\n");
    }
}
