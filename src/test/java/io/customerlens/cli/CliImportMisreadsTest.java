package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the import command says about dates it could read two ways and lines dated in the future. */
class CliImportMisreadsTest {

    private static final String AMBIGUOUS = "订单日期,客户名称,金额\n03/01/19,华联超市,10\n04/02/19,永辉超市,20\n";

    @TempDir
    Path temp;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
    }

    private Path csv(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void datesThatFitBothOrdersAreReadMonthFirstAndTheSummarySaysHowToReadThemDayFirst() throws IOException {
        CliRunner.Result result = cli.run("import", csv("ambiguous.csv", AMBIGUOUS).toString(),
                "--db", temp.resolve("db").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("  Dates: 2019-03-01 to 2019-04-02\n", "  Date order: every text date such as"
                + " 03/01/19 reads both day-first and month-first; they were read as month/day/year (MDY). If they are"
                + " day/month/year, import the file with --date-order DMY into a new data folder (--db): lines already"
                + " stored count as duplicates and keep their dates.\n");
    }

    @Test
    void withDateOrderDmyTheSameDatesAreDayFirstAndTheOtherOrderIsOffered() throws IOException {
        CliRunner.Result result = cli.run("import", csv("ambiguous.csv", AMBIGUOUS).toString(),
                "--db", temp.resolve("db").toString(), "--date-order", "DMY");

        assertThat(result.out()).contains("  Dates: 2019-01-03 to 2019-02-04\n",
                "they were read as day/month/year (DMY). If they are month/day/year, import the file with --date-order MDY");
    }

    @Test
    void datesTheValuesDecideGetNoDateOrderNote() throws IOException {
        CliRunner.Result result = cli.run("import", csv("decided.csv", AMBIGUOUS + "25/02/19,物美,30\n").toString(),
                "--db", temp.resolve("db").toString());

        assertThat(result.out()).contains("  Dates: 2019-01-03 to 2019-02-25\n").doesNotContain("Date order");
    }

    @Test
    void aLineDatedIn2099IsRejectedNamingItsRowAndDate() throws IOException {
        Path file = csv("future.csv", "订单日期,客户名称,金额\n2024-03-01,华联超市,10\n2099-03-01,永辉超市,20\n");

        CliRunner.Result result = cli.run("import", file.toString(), "--db", temp.resolve("db").toString());

        assertThat(result.out()).contains("  Imported: 1\n", "  Rejected: 1\n",
                "    future.csv, sheet future, row 3, column 订单日期, value \"2099-03-01\": dated 2099-03-01, after ",
                ", the latest date allowed (days allowed after today: 1): a future date would move the as-of date of every"
                        + " analysis\n",
                "  Dates: 2024-03-01 to 2024-03-01\n");
    }

    @Test
    void aNegativeMaxDaysAheadIsAUsageError() throws IOException {
        CliRunner.Result result = cli.run("import", csv("ambiguous.csv", AMBIGUOUS).toString(),
                "--db", temp.resolve("db").toString(), "--max-days-ahead", "-1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--max-days-ahead must be 0 or more, got -1");
    }

    @Test
    void shiftedAndBrokenLinesAreNamedByTheirLineInEnglishAndChinese() throws IOException {
        Path file = csv("shifted.csv", "订单日期,客户名称,金额\n2024-03-01,华联超市,1,234.50\n2024-03-02,\"永辉超市,20\n"
                + "2024-03-03,物美,30\n");

        CliRunner.Result english = cli.run("import", file.toString(), "--db", temp.resolve("db").toString());
        CliRunner.Result chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE)
                .run("import", file.toString(), "--db", temp.resolve("db-zh").toString());

        assertThat(english.out()).contains("  Imported: 1\n", "  Rejected: 2\n",
                "    shifted.csv, sheet shifted, row 2, line \"2024-03-01,华联超市,1,234.50\": has 4 fields where the header"
                        + " has 3, likely a number with an unquoted thousands separator (1,234.50 written without quotes):"
                        + " its values would be shifted\n",
                "    shifted.csv, sheet shifted, row 3, column 客户名称, value \"2024-03-02,\"永辉超市,20\": unclosed quote"
                        + " starting at line 3 (this line is left out; the lines after it are read as usual)\n");
        assertThat(chinese.out()).contains(
                "shifted.csv，工作表 shifted，第 2 行，内容“2024-03-01,华联超市,1,234.50”：有 4 个字段，而表头有 3 个，"
                        + "可能是数字的千位分隔符未加引号（如 1,234.50）：各值会错位\n",
                "第 3 行开始的引号没有闭合（本行不导入，其后各行照常读取）\n");
    }
}
