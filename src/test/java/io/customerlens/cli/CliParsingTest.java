package io.customerlens.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CliParsingTest {

    private final CliRunner english = CliRunner.withoutStore(Locale.ROOT);

    @Test
    void unknownMapFieldIsAUsageErrorListingTheValidFields() {
        CliRunner.Result result = english.run("import", "sales.xlsx", "--map", "kunde=客户名称");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("customerlens import: --map=FIELD=HEADER: unknown field \"kunde\"; fields: "
                + "customer_id, customer_name, date, amount, order_id, product_code, product_name, category, "
                + "sub_category, quantity, unit_price, cost, profit, customer_type, region, province, city, "
                + "industry, channel, salesperson, phone, contact_person, address, wechat\n");
    }

    @Test
    void mapWithoutEqualsSignIsAUsageError() {
        CliRunner.Result result = english.run("import", "sales.xlsx", "--map", "amount");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("expected FIELD=HEADER, got \"amount\"").hasLineCount(1);
    }

    @Test
    void sameFieldMappedTwiceIsAUsageError() {
        CliRunner.Result result = english.run("import", "sales.xlsx", "--map", "amount=金额", "--map", "AMOUNT=实收金额");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens import: --map names field amount twice\n");
    }

    @Test
    void invalidAsOfDateIsAUsageError() {
        CliRunner.Result result = english.run("analyze", "--as-of", "2024-02-30", "--out", "out");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo(
                "customerlens analyze: --as-of=YYYY-MM-DD: not a date in the form YYYY-MM-DD: \"2024-02-30\"\n");
    }

    @Test
    void analyzeWithoutOutIsAUsageError() {
        CliRunner.Result result = english.run("analyze", "--as-of", "2024-06-30");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens analyze: missing --out=DIR\n");
    }

    @Test
    void lapseMonthsMustBeFromOneToTwentyFour() {
        CliRunner.Result zero = english.run("analyze", "--lapse-months", "0", "--out", "out");
        CliRunner.Result tooMany = english.run("analyze", "--lapse-months", "25", "--out", "out");

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).isEqualTo("customerlens analyze: --lapse-months must be from 1 to 24, got 0\n");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).isEqualTo("customerlens analyze: --lapse-months must be from 1 to 24, got 25\n");
    }

    @Test
    void unknownEncodingIsAUsageError() {
        CliRunner.Result result = english.run("import", "a.csv", "--encoding", "klingon-8");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens import: --encoding=CHARSET: unknown character set \"klingon-8\"\n");
    }

    @Test
    void demoNeedsLinesAndOut() {
        assertThat(english.run("demo", "--out", "demo.xlsx").err()).isEqualTo("customerlens demo: missing --lines=N\n");
        CliRunner.Result zero = english.run("demo", "--lines", "0", "--out", "demo.xlsx");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).isEqualTo("customerlens demo: --lines must be at least 1, got 0\n");
    }

    @Test
    void demoRefusesMoreLinesThanOneSheetHolds() {
        CliRunner.Result result = english.run("demo", "--lines", "2000000", "--out", "demo.xlsx");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("customerlens demo: --lines must be at most 1,048,572");
    }

    @Test
    void noCommandAndUnknownOptionAreUsageErrors() {
        CliRunner.Result none = english.run("--db", "x");
        CliRunner.Result unknown = english.run("import", "a.csv", "--shet", "2024");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("customerlens import: unknown argument --shet (see --help)\n");
    }

    @Test
    void helpComesFromTheBundleInEnglishAndChinese() {
        CliRunner.Result help = english.run("import", "--help");
        CliRunner.Result chinese = CliRunner.withoutStore(Locale.SIMPLIFIED_CHINESE).run("analyze", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: customerlens import")
                .contains("Imports sales spreadsheets", "--map=FIELD=HEADER", "Options:");
        assertThat(chinese.out()).startsWith("用法：customerlens analyze").contains("gaps.csv", "1 到 24（默认：3）");
    }

    /** --db is one mixin, yet each command's help shows it with that command's own bundle text, in place. */
    @ParameterizedTest
    @ValueSource(strings = {"import", "analyze", "backtest", "report card", "report calls", "tasks generate",
            "tasks export"})
    void everyStoreCommandDescribesItsDataFolderOption(String command) {
        CliRunner.Result help = english.run((command + " --help").split(" "));

        assertThat(help.exitCode()).isZero();
        // Help wraps the text at different words per command: compare it with single spaces.
        assertThat(help.out().replaceAll("\\s+", " ")).contains(
                "--db=DIR Data folder of the store (default: the folder chosen in the app, else ~/.customerlens), or a"
                        + " team server", "--db-user=USER", "--password-file=FILE");
    }

    @Test
    void rootHelpListsTheCommands() {
        CliRunner.Result help = english.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commands:", "import", "analyze", "demo", "bench");
    }

    @Test
    void chineseErrorsAreInChinese() {
        CliRunner.Result result = CliRunner.withoutStore(Locale.SIMPLIFIED_CHINESE)
                .run("analyze", "--as-of", "昨天", "--out", "out");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens analyze：--as-of=YYYY-MM-DD：不是 YYYY-MM-DD 格式的日期：“昨天”\n");
    }
}
