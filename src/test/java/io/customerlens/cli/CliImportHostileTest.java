package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.service.BombWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the import command says about hostile files (fixtures/hostile): one line naming the file and the
 * problem in the user's language, no parser text and no stack trace, and the next file is still imported.
 */
@Timeout(60)
class CliImportHostileTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(CliImportHostileTest.class.getResource("/fixtures/hostile/" + name).toURI());
    }

    private CliRunner.Result importInto(Locale locale, String db, Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "import";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        args[files.length + 1] = "--db";
        args[files.length + 2] = temp.resolve(db).toString();
        return new CliRunner(Main.storeSessions(), temp.resolve("default-db"), locale).run(args);
    }

    private Path good() throws IOException {
        return Files.writeString(temp.resolve("good.csv"), "订单日期,客户名称,金额\n2024-03-01,华联超市,10\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void aDoctypeWorkbookIsRefusedInOneEnglishLineAndTheNextFileIsImported() throws Exception {
        Path hostile = fixture("doctype-entity.xlsx");

        CliRunner.Result result = importInto(Locale.ROOT, "db", hostile, good());

        assertThat(result.err()).isEqualTo("customerlens import: cannot import " + hostile + ": its part"
                + " xl/worksheets/sheet1.xml declares a DOCTYPE (a DTD, which can make a reader fetch other files); such a"
                + " workbook is not read: save it again from Excel\n");
        assertThat(result.out()).contains("  Imported: 1\n");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.ofFiles(1, 2));
    }

    @Test
    void aDoctypeWorkbookIsRefusedInChinese() throws Exception {
        Path hostile = fixture("doctype-entity.xlsx");

        CliRunner.Result result = importInto(Locale.SIMPLIFIED_CHINESE, "db", hostile);

        assertThat(result.err()).isEqualTo("customerlens import：无法导入 " + hostile + "：其中的 xl/worksheets/sheet1.xml"
                + " 声明了 DOCTYPE（DTD 可能让读取程序去读其他文件），不读取此类工作簿：请用 Excel 重新保存\n");
    }

    @Test
    void rowsOutOfOrderAreNamedInWordsInBothLanguages() throws Exception {
        Path hostile = fixture("rows-out-of-order.xlsx");

        CliRunner.Result english = importInto(Locale.ROOT, "db", hostile);
        CliRunner.Result chinese = importInto(Locale.SIMPLIFIED_CHINESE, "db-zh", hostile);

        assertThat(english.err()).endsWith(": sheet 销售明细: row 2 comes after row 3; rows must be numbered in order,"
                + " so the file is damaged\n");
        assertThat(chinese.err()).endsWith("：工作表 销售明细：第 2 行出现在第 3 行之后；行号必须递增，文件已损坏\n");
    }

    @Test
    void aZipBombIsRefusedNamingItsPart() throws Exception {
        Path bomb = temp.resolve("bomb.xlsx");
        BombWorkbooks.sheetOfRepeats(bomb, "<row><c t=\"inlineStr\"><is><t>2024-03-01</t></is></c></row>".repeat(10_000), 200);

        CliRunner.Result english = importInto(Locale.ROOT, "db", bomb);
        CliRunner.Result chinese = importInto(Locale.SIMPLIFIED_CHINESE, "db-zh", bomb);

        assertThat(english.err()).endsWith(": its part xl/worksheets/sheet1.xml expands to more than 100 times its"
                + " compressed size, as only a zip bomb does; it is not read\n");
        assertThat(chinese.err()).endsWith("：其中的 xl/worksheets/sheet1.xml 解压后超过压缩大小的 100 倍，只有“压缩炸弹”才会这样，不予读取\n");
    }

    @Test
    void aLineOverAMegabyteIsNamedByItsNumber() throws Exception {
        Path file = Files.writeString(temp.resolve("long-line.csv"), "订单日期,客户名称,金额\n2024-03-01,"
                + "x".repeat(1_100_000) + ",10\n", StandardCharsets.UTF_8);

        CliRunner.Result chinese = importInto(Locale.SIMPLIFIED_CHINESE, "db", file);

        assertThat(chinese.err()).endsWith("：第 2 行超过 1 MB，销售明细行不会这么长；不读取此文件\n");
        assertThat(chinese.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aSheetWhoseXmlBreaksOffIsNamedWithoutTheParsersWords() throws Exception {
        Path hostile = fixture("broken-xml.xlsx");

        CliRunner.Result english = importInto(Locale.ROOT, "db", hostile);
        CliRunner.Result chinese = importInto(Locale.SIMPLIFIED_CHINESE, "db-zh", hostile);

        assertThat(english.err()).endsWith(": sheet 销售明细 is damaged after row 2: its XML cannot be read (the file was"
                + " cut short, or not written by a spreadsheet program)\n");
        assertThat(chinese.err()).endsWith("：工作表 销售明细 在第 2 行之后已损坏：其 XML 无法读取（文件被截断，或不是由电子表格程序写出的）\n");
        assertThat(english.err() + chinese.err()).doesNotContain("aalto", "Exception", "Unexpected");
    }

    @Test
    void aWorkbookCutShortIsCalledDamagedInBothLanguagesAndNothingIsImported() throws Exception {
        Path truncated = fixture("truncated.xlsx");

        CliRunner.Result english = importInto(Locale.ROOT, "db", truncated, good());
        CliRunner.Result chinese = importInto(Locale.SIMPLIFIED_CHINESE, "db-zh", truncated);

        assertThat(english.err()).isEqualTo("customerlens import: cannot import " + truncated
                + ": the file is damaged or cut short (not a complete .xlsx)\n");
        assertThat(english.out()).contains("  Imported: 1\n");
        assertThat(chinese.err()).isEqualTo("customerlens import：无法导入 " + truncated + "：文件已损坏或不完整（不是完整的 .xlsx）\n");
        assertThat(english.err() + chinese.err()).doesNotContain("Zip", "Exception", "\tat ");
    }
}
