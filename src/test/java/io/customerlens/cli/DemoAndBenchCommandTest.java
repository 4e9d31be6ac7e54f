package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAndBenchCommandTest {

    @TempDir
    Path temp;

    @Test
    void demoWritesTheWorkbookAndSaysWhatItHolds() {
        Path file = temp.resolve("sub/demo.xlsx");
        CliRunner.Result result = CliRunner.withoutStore(Locale.ROOT)
                .run("demo", "--lines", "500", "--out", file.toString(), "--seed", "3");

        assertThat(result.exitCode()).isZero();
        assertThat(file).isRegularFile();
        assertThat(result.out()).startsWith("Wrote 500 lines of ").contains(" customers (2024-11-").endsWith(file + "\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void benchGeneratesTheWorkbookThenTimesTheBareReadAndTheImport() {
        CliRunner cli = new CliRunner(Main.storeSessions(), temp.resolve("unused"), Locale.ROOT);
        CliRunner.Result result = cli.run("bench", "--lines", "400", "--work", temp.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Generated the demo workbook in ", "400 lines, 16 columns",
                "Bare read (fastexcel-reader", "Full import (ImportService", "400 lines imported",
                "Import time / bare read time: ");
        assertThat(temp.resolve("demo-400.xlsx")).isRegularFile();
        assertThat(temp).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("store-"));
        assertThat(temp.resolve("unused")).doesNotExist();
    }
}
