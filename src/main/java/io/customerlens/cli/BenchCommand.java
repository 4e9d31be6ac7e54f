package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.demo.DemoWorkbook;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.task.CancelSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code customerlens bench --lines N}: times a bare streaming read of a demo workbook against the full
 * import of the same file into a fresh store, with the peak heap of each (see docs/benchmarks.md). With
 * {@code --refresh} it goes on to time the app's pages over that store ({@link RefreshBench}).
 */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = true)
final class BenchCommand implements Callable<Integer> {

    static final int DEFAULT_LINES = 1_000_000;
    private static final long SEED = 1;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--lines", paramLabel = "N", descriptionKey = "lines")
    int lines = DEFAULT_LINES;

    @Option(names = "--work", paramLabel = "DIR", descriptionKey = "work")
    Path workFolder;

    @Option(names = "--refresh", descriptionKey = "refresh")
    boolean refresh;

    @Option(names = "--store", paramLabel = "DIR", descriptionKey = "store")
    Path existingStore;

    private final CommandEnvironment environment;
    private final MessageBundle messages;

    BenchCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.messages = environment.messages();
    }

    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    record Measurement(double seconds, long peakHeapBytes) {
    }

    @Override
    public Integer call() throws IOException {
        DemoCommand.requireLineCount(spec, messages, lines);
        if (refresh && environment.pages().isEmpty()) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.bench.refresh.unavailable"));
        }
        if (existingStore != null && !refresh) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.bench.store.needsRefresh"));
        }
        Path work = workFolder != null ? workFolder : Path.of(System.getProperty("java.io.tmpdir"), "customerlens-bench");
        Files.createDirectories(work);
        if (existingStore != null) {
            printMachine();
            return new RefreshBench(environment, environment.pages().orElseThrow()).runOver(existingStore, work);
        }
        Path file = work.resolve("demo-" + lines + ".xlsx");
        printMachine();
        if (Files.exists(file)) {
            say("cli.bench.reused", file.toString());
        } else {
            Measurement generation = measure(() -> DemoWriting.write(environment, lines, SEED, file));
            say("cli.bench.generated", seconds(generation.seconds()));
        }
        say("cli.bench.file", file.toString(), lines, DemoWorkbook.HEADERS.size(), megabytes(Files.size(file)));
        if (refresh) {
            return new RefreshBench(environment, environment.pages().orElseThrow()).run(work, file, this::importInto);
        }

        Measurement bare = measure(() -> BareXlsxRead.visitEveryCell(file));
        say("cli.bench.bareRead", seconds(bare.seconds()), rate(bare), megabytes(bare.peakHeapBytes()));

        AtomicLong imported = new AtomicLong();
        Path storeFolder = Files.createTempDirectory(work, "store-");
        Measurement full;
        try {
            full = measure(() -> imported.set(importInto(storeFolder, file).imported()));
        } finally {
            deleteRecursively(storeFolder);
        }
        say("cli.bench.import", seconds(full.seconds()), rate(full), megabytes(full.peakHeapBytes()), imported.get());
        say("cli.bench.ratio", String.format(Locale.ROOT, "%.2f", full.seconds() / bare.seconds()));
        say("cli.bench.heapMethod", HeapSampler.INTERVAL_MILLIS, megabytes(Runtime.getRuntime().maxMemory()));
        return ExitCodes.OK;
    }

    private ImportSummary importInto(Path storeFolder, Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        TerminalProgress progress = new TerminalProgress(environment,
                rows -> messages.format("cli.progress.rows", name, rows));
        try (StoreSession store = environment.stores().open(storeFolder)) {
            ImportService service = store.importService();
            ImportOptions options = ImportOptions.defaults();
            FileInspection inspection = service.inspect(file, options);
            ImportPlan plan = service.defaultPlan(inspection, options);
            ImportSummary summary = service.importFile(plan, progress, CancelSignal.NEVER);
            progress.finish();
            return summary;
        }
    }

    /** Starts each phase from a collected heap, so one phase's garbage does not count against the next. */
    static Measurement measure(Work work) throws IOException {
        System.gc();
        try (HeapSampler sampler = HeapSampler.start()) {
            long start = System.nanoTime();
            work.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Measurement(seconds, sampler.peakBytes());
        }
    }

    private void printMachine() {
        say("cli.bench.machine", Runtime.version().toString(), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }

    private void say(String key, Object... arguments) {
        environment.out().println(messages.format(key, arguments));
        environment.out().flush();
    }

    private String rate(Measurement measurement) {
        return String.format(Locale.ROOT, "%,.0f", lines / measurement.seconds());
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / MEGABYTE);
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
