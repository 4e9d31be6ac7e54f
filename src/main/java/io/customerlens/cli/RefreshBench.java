package io.customerlens.cli;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.cli.BenchCommand.Measurement;
import io.customerlens.cli.BenchCommand.Work;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.ImportSummary;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static io.customerlens.cli.BenchCommand.deleteRecursively;
import static io.customerlens.cli.BenchCommand.measure;
import static io.customerlens.cli.BenchCommand.megabytes;

/**
 * {@code bench --refresh}: the bare read and the import of the workbook into a fresh store, then what a user
 * waits for over that store in one process: the one full read the pages need, each page's first visit, a
 * customer's card, changing the lapse window with every page open, and {@code analyze}. Prints one
 * {@code name value} line a figure (seconds unless the name says otherwise; a step that ran out of heap
 * prints {@code OOM}, one whose load failed {@code failed}), see docs/benchmarks.md.
 */
final class RefreshBench {

    /** The option change measured: the lapse window N from its default ({@link LapseWindow#DEFAULT}, 3) to six months. */
    static final int WINDOW_AFTER = 6;

    @FunctionalInterface
    interface Importer {
        ImportSummary importInto(Path storeFolder, Path file) throws IOException;
    }

    private final CommandEnvironment environment;
    private final MessageBundle messages;
    private final PageBench pages;
    /** The figures that could not be measured (out of heap, or a load that failed). */
    private final List<String> missing = new ArrayList<>();

    RefreshBench(CommandEnvironment environment, PageBench pages) {
        this.environment = environment;
        this.messages = environment.messages();
        this.pages = pages;
    }

    /**
     * The pages and {@code analyze} timed over a store imported earlier, left as it was: for looking at one
     * step again (a profile, a change) without the minutes of reading and importing the workbook each time.
     */
    int runOver(Path storeFolder, Path work) throws IOException {
        System.gc();
        try (HeapSampler wholeRun = HeapSampler.start()) {
            visitPages(storeFolder);
            analyze(storeFolder, work);
            metric("peak_heap_mb", megabytes(wholeRun.peakBytes()));
        }
        return finish();
    }

    int run(Path work, Path file, Importer importer) throws IOException {
        System.gc();
        try (HeapSampler wholeRun = HeapSampler.start()) {
            Measurement bare = measure(() -> BareXlsxRead.visitEveryCell(file));
            metric("bare_read_s", seconds(bare));
            Path storeFolder = Files.createTempDirectory(work, "store-");
            try {
                Measurement imported = measure(() -> importer.importInto(storeFolder, file));
                metric("import_s", seconds(imported));
                visitPages(storeFolder);
                analyze(storeFolder, work);
            } finally {
                deleteRecursively(storeFolder);
            }
            metric("peak_heap_mb", megabytes(wholeRun.peakBytes()));
        }
        return finish();
    }

    private int finish() {
        say("cli.bench.refresh.heapMethod", HeapSampler.INTERVAL_MILLIS, megabytes(Runtime.getRuntime().maxMemory()));
        if (!missing.isEmpty()) {
            environment.err().println(messages.format("cli.bench.refresh.incomplete", String.join(", ", missing)));
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /**
     * The store opened cold and its shared analysis snapshot built (the one full read), then every page visited
     * over it in the order of the navigation, kept open until the window N has changed.
     */
    private void visitPages(Path storeFolder) throws IOException {
        try (PageBench.Pages open = pages.open(storeFolder, messages)) {
            AtomicLong lines = new AtomicLong(-1);
            timed("snapshot_build_s", () -> lines.set(open.buildSnapshot()));
            if (lines.get() >= 0) {
                metric("store_lines", String.valueOf(lines.get()));
            }
            for (BenchPage page : BenchPage.values()) {
                timed(page.metric(), () -> open.visit(page));
                if (page == BenchPage.HOME) {
                    timed("warm_up_s", open::warmUp);
                }
            }
            timed("card_s", () -> {
                if (!open.openCard()) {
                    throw new PageBench.LoadFailed(messages.get("cli.bench.refresh.noCustomer"));
                }
            });
            timed("option_change_s", () -> open.changeLapseWindow(WINDOW_AFTER));
            timed("option_change_aside_s", open::finishAside);
        }
    }

    /** {@code analyze} as the command line runs it, every file into a folder deleted afterwards. */
    private void analyze(Path storeFolder, Path work) throws IOException {
        Path out = Files.createTempDirectory(work, "analyze-");
        try {
            timed("analyze_s", () -> {
                AnalyzeCommand analyze = new AnalyzeCommand(environment.withOut(new PrintWriter(Writer.nullWriter())));
                CommandLine commandLine = new CommandLine(analyze);
                new OptionConverters(messages).registerOn(commandLine);
                commandLine.parseArgs("--db", storeFolder.toString(), "--out", out.toString());
                analyze.call();
            });
        } finally {
            deleteRecursively(out);
        }
    }

    /** Measures one step and prints its figure, or why there is none. */
    private void timed(String name, Work step) throws IOException {
        try {
            metric(name, seconds(measure(step)));
        } catch (OutOfMemoryError e) {
            // Whether a page fits in -Xmx is one of the things this benchmark is for, so running out of heap is
            // reported as the figure instead of ending the run. The step's data is unreachable once the error
            // has unwound, and each step starts from a collected heap, so the steps after it are still measured.
            metric(name, "OOM");
            missing.add(name);
        } catch (PageBench.LoadFailed e) {
            metric(name, "failed");
            environment.err().println(messages.format("cli.bench.refresh.failed", name,
                    e.getCause() == null ? e.getMessage() : environment.failures().describe(e.getCause())));
            missing.add(name);
        }
    }

    private void metric(String name, String value) {
        say("cli.bench.metric", name, value);
    }

    private void say(String key, Object... arguments) {
        environment.out().println(messages.format(key, arguments));
        environment.out().flush();
    }

    private static String seconds(Measurement measurement) {
        return String.format(Locale.ROOT, "%.3f", measurement.seconds());
    }
}
