package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.service.card.CardFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report card|lapsed|segments|calls} over fixtures/card/card-sales.csv (see {@link CardFixture}). */
class CliReportTest {

    @TempDir
    Path temp;
    private Path db;
    private CliRunner cli;

    @BeforeEach
    void importFixture() {
        db = temp.resolve("db");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        assertThat(cli.run("import", CardFixture.salesFile().toString(), "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void cardWritesTheCustomersPdf() throws IOException {
        Path pdf = temp.resolve("out/card.pdf");

        CliRunner.Result result = cli.run("report", "card", "--customer", "KH100", "--pdf", pdf.toString(),
                "--db", db.toString(), "--lapse-months", "3");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote " + pdf + " (2 pages)\n");
        assertThat(text(pdf)).contains(CardFixture.NAME, "2,770.00", "As of 2025-06-20", "Page 2 of 2");
    }

    @Test
    void cardInChineseAsOfAnEarlierDate() throws IOException {
        Path pdf = temp.resolve("card-zh.pdf");
        CliRunner chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE);

        CliRunner.Result result = chinese.run("report", "card", "--customer", "KH100", "--pdf", pdf.toString(),
                "--db", db.toString(), "--as-of", "2024-12-31");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("已写入 " + pdf);
        assertThat(text(pdf)).contains("客户管理卡", "截至 2024-12-31", "最近进货", "2024-12-10");
    }

    @Test
    void anUnknownCustomerIsAUsageErrorThatNamesTheKey() {
        CliRunner.Result result = cli.run("report", "card", "--customer", "KH404", "--pdf",
                temp.resolve("x.pdf").toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens report card: no customer with key \"KH404\" in the store\n");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aCustomerWithoutPurchaseByTheAsOfDateIsNamedToo() {
        CliRunner.Result result = cli.run("report", "card", "--customer", "KH300", "--pdf",
                temp.resolve("x.pdf").toString(), "--db", db.toString(), "--as-of", "2024-06-30");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("customer \"KH300\" has no purchase on or before 2024-06-30");
    }

    @Test
    void lapsedListPagesAndFilters() throws IOException {
        Path all = temp.resolve("lapsed.pdf");
        Path mine = temp.resolve("lapsed-wang.pdf");

        CliRunner.Result result = cli.run("report", "lapsed", "--lapse-months", "3", "--pdf", all.toString(),
                "--db", db.toString());
        CliRunner.Result filtered = cli.run("report", "lapsed", "--lapse-months", "3", "--pdf", mine.toString(),
                "--db", db.toString(), "--filter", "salesperson=王芳");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Wrote " + all + " (3 pages)\n");
        assertThat(text(all)).contains("Page 3 of 3", "91 lapsed customers of 92");
        assertThat(filtered.out()).isEqualTo("Wrote " + mine + " (1 page)\n");
        assertThat(text(mine)).contains("Salesperson: 王芳", "KH100").doesNotContain("KH200");
    }

    @Test
    void badOptionsAreUsageErrors() {
        String pdf = temp.resolve("x.pdf").toString();

        assertThat(cli.run("report", "lapsed", "--lapse-months", "0", "--pdf", pdf, "--db", db.toString()))
                .satisfies(r -> {
                    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(r.err()).contains("--lapse-months must be from 1 to 24, got 0");
                });
        assertThat(cli.run("report", "lapsed", "--pdf", pdf, "--db", db.toString(), "--filter", "colour=red"))
                .satisfies(r -> {
                    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(r.err()).contains("expected ATTRIBUTE=VALUE", "salesperson", "colour=red");
                });
        assertThat(cli.run("report", "card", "--pdf", pdf)).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("--customer");
        });
        assertThat(cli.run("report")).satisfies(r -> {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("card, lapsed, calls or segments");
        });
    }

    @Test
    void segmentsAndCallsWriteTheirLists() throws IOException {
        Path segments = temp.resolve("segments.pdf");
        Path calls = temp.resolve("calls.pdf");

        assertThat(cli.run("report", "segments", "--pdf", segments.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(cli.run("report", "calls", "--pdf", calls.toString(), "--db", db.toString()).exitCode()).isZero();

        assertThat(text(segments)).contains("Segment summary", "RFM thresholds in force");
        assertThat(text(calls)).contains("Call sheet", "Pending follow-up tasks due on", "No rows.");
    }

    @Test
    void helpNamesTheOptions() {
        CliRunner.Result help = cli.run("report", "card", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--customer=KEY", "The customer’s key", "--lapse-months=N",
                "customer card (客户管理卡)");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
