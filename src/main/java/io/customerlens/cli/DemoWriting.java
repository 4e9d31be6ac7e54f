package io.customerlens.cli;

import io.customerlens.demo.DemoSummary;
import io.customerlens.demo.DemoWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a demo workbook with terminal progress; shared by demo and bench. */
final class DemoWriting {

    private DemoWriting() {
    }

    static DemoSummary write(CommandEnvironment environment, int lines, long seed, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String name = String.valueOf(file.getFileName());
        TerminalProgress progress = new TerminalProgress(environment,
                done -> environment.messages().format("cli.progress.lines", name, done, lines));
        DemoSummary summary = new DemoWorkbook(lines, seed).writeTo(file, progress);
        progress.finish();
        return summary;
    }
}
