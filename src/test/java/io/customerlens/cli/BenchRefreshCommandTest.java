package io.customerlens.cli;

import io.customerlens.app.Main;
import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench --refresh} on a small workbook: which figures it prints, not how fast anything is. */
class BenchRefreshCommandTest {

    private static final int LINES = 2_000;
    private static final List<String> FIGURES = List.of("bare_read_s", "import_s", "snapshot_build_s", "store_lines",
            "page_home_s", "warm_up_s", "page_customers_s", "page_lapse_s", "page_segments_s", "page_products_s",
            "page_followups_s", "card_s", "option_change_s", "option_change_aside_s", "analyze_s", "peak_heap_mb");

    @TempDir
    Path temp;

    @Test
    void printsEveryFigureOnceAsANameAndANumber() {
        CliRunner cli = new CliRunner(Main.storeSessions(), Main.pageBench(), temp.resolve("unused"), Locale.ROOT);

        CliRunner.Result result = cli.run("bench", "--refresh", "--lines", String.valueOf(LINES), "--work",
                temp.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        List<String> figures = result.out().lines().filter(line -> line.matches("[a-z_]+ \\S+")).toList();
        // Each once, in the order measured.
        assertThat(figures).extracting(line -> line.split(" ")[0]).containsExactlyElementsOf(FIGURES);
        assertThat(figures).allSatisfy(line -> assertThat(Double.parseDouble(line.split(" ")[1])).isNotNegative());
        assertThat(figures).contains("store_lines " + LINES);
    }

    @Test
    void leavesTheWorkbookAndNoStoreOrAnalysisBehind() {
        CliRunner cli = new CliRunner(Main.storeSessions(), Main.pageBench(), temp.resolve("unused"), Locale.ROOT);

        assertThat(cli.run("bench", "--refresh", "--lines", "300", "--work", temp.toString()).exitCode()).isZero();

        assertThat(temp.resolve("demo-300.xlsx")).isRegularFile();
        assertThat(temp).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("store-")
                || path.getFileName().toString().startsWith("analyze-"));
        assertThat(temp.resolve("unused")).doesNotExist();
    }

    /* The Lapse page runs out of heap and the Customers page lists nobody: both said, the rest still measured. */
    @Test
    void aStepWithoutAFigureSaysWhyAndTheOthersAreStillMeasured() {
        PageBench app = Main.pageBench();
        PageBench failing = new PageBench() {
            @Override
            public Pages open(Path dataFolder, MessageBundle messages) {
                Pages pages = app.open(dataFolder, messages);
                return new Pages() {
                    @Override
                    public long buildSnapshot() {
                        return pages.buildSnapshot();
                    }

                    @Override
                    public void visit(BenchPage page) {
                        if (page == BenchPage.LAPSE) {
                            throw new OutOfMemoryError("Java heap space (test)");
                        }
                        pages.visit(page);
                    }

                    @Override
                    public void warmUp() {
                        pages.warmUp();
                    }

                    @Override
                    public boolean openCard() {
                        return false;
                    }

                    @Override
                    public void changeLapseWindow(int months) {
                        pages.changeLapseWindow(months);
                    }

                    @Override
                    public int finishAside() {
                        return pages.finishAside();
                    }

                    @Override
                    public void close() {
                        pages.close();
                    }
                };
            }
        };
        CliRunner cli = new CliRunner(Main.storeSessions(), failing, temp.resolve("unused"), Locale.ROOT);

        CliRunner.Result result = cli.run("bench", "--refresh", "--lines", "300", "--work", temp.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out().lines()).contains("page_lapse_s OOM", "card_s failed")
                .anyMatch(line -> line.startsWith("page_segments_s "))
                .anyMatch(line -> line.startsWith("analyze_s "));
        assertThat(result.err()).contains("card_s not measured", "no customer to open")
                .contains("not every figure was measured (page_lapse_s, card_s)");
    }

    @Test
    void withoutTheAppsPagesRefreshIsRefusedBeforeAnythingIsWritten() {
        CliRunner cli = new CliRunner(Main.storeSessions(), temp.resolve("unused"), Locale.ROOT);

        CliRunner.Result result = cli.run("bench", "--refresh", "--lines", "300", "--work", temp.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("bench --refresh needs the pages of the app");
        assertThat(temp.resolve("demo-300.xlsx")).doesNotExist();
    }
}
