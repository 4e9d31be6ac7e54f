package io.customerlens.cli;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.NoCjkFontException;
import io.customerlens.report.pdf.PdfFiles;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.settings.AnalysisSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What every {@code report} command shares: --pdf and --db, the window check, and writing the PDF or saying why
 * not. Each subclass reads its document from the store and renders it.
 */
abstract class PdfReportCommand implements Callable<Integer> {

    /** Renders a PDF; may find no font. */
    @FunctionalInterface
    interface Rendering {
        byte[] render() throws IOException;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--pdf", paramLabel = "FILE", required = true, descriptionKey = "pdf")
    Path pdf;

    @Mixin
    DataFolderOption dataFolder;

    final CommandEnvironment environment;
    final MessageBundle messages;

    PdfReportCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.messages = environment.messages();
    }

    /** Reads what to print from the store; the store is closed before rendering. */
    abstract Rendering read(StoreSession store);

    @Override
    public Integer call() throws IOException {
        Rendering rendering;
        try (StoreSession store = dataFolder.open(environment)) {
            rendering = read(store);
        }
        byte[] bytes;
        try {
            bytes = rendering.render();
        } catch (NoCjkFontException noFont) {
            environment.err().println(messages.format("cli.error.line", spec.qualifiedName(), noFont.describe(messages)));
            return ExitCodes.FAILED;
        }
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(pdf, bytes);
        int pages = PdfFiles.pageCount(bytes);
        environment.out().println(pages == 1 ? messages.format("cli.report.wroteOnePage", pdf.toString())
                : messages.format("cli.report.wrote", pdf.toString(), pages));
        return ExitCodes.OK;
    }

    /** The app's segment settings (RFM, tiers, key accounts) with the window N of this run. */
    SegmentOptions segmentOptions(LapseWindow window) {
        AnalysisSettings settings = environment.analysis().get();
        return new SegmentOptions(settings.rfm(), settings.tiers(), settings.weights(), settings.cutoffs(), window,
                SegmentOptions.DEFAULT_NEW_MONTHS);
    }

    /** The window N of --lapse-months, or a usage error naming the allowed range. */
    LapseWindow window(int lapseMonths) {
        if (lapseMonths < LapseWindow.MIN || lapseMonths > LapseWindow.MAX) {
            throw new ParameterException(spec.commandLine(), messages.format("cli.error.outOfRange", "--lapse-months",
                    String.valueOf(LapseWindow.MIN), String.valueOf(LapseWindow.MAX), String.valueOf(lapseMonths)));
        }
        return new LapseWindow(lapseMonths);
    }
}
