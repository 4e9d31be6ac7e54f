package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Runs the command line in-process with captured stdout and stderr, in English or Chinese. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private final StoreSessions stores;
    private final PageBench pages;
    private final Path defaultDataFolder;
    private final Locale locale;
    private final java.util.function.Supplier<io.customerlens.settings.AnalysisSettings> analysis;

    CliRunner(StoreSessions stores, Path defaultDataFolder, Locale locale) {
        this(stores, null, defaultDataFolder, locale, () -> io.customerlens.settings.AnalysisSettings.DEFAULTS);
    }

    /** @param analysis the app's analysis settings the command line starts from */
    CliRunner(StoreSessions stores, Path defaultDataFolder, Locale locale,
              java.util.function.Supplier<io.customerlens.settings.AnalysisSettings> analysis) {
        this(stores, null, defaultDataFolder, locale, analysis);
    }

    /** @param pages the app's pages for {@code bench --refresh}; null: started without them */
    CliRunner(StoreSessions stores, PageBench pages, Path defaultDataFolder, Locale locale) {
        this(stores, pages, defaultDataFolder, locale, () -> io.customerlens.settings.AnalysisSettings.DEFAULTS);
    }

    private CliRunner(StoreSessions stores, PageBench pages, Path defaultDataFolder, Locale locale,
                      java.util.function.Supplier<io.customerlens.settings.AnalysisSettings> analysis) {
        this.stores = stores;
        this.pages = pages;
        this.defaultDataFolder = defaultDataFolder;
        this.locale = locale;
        this.analysis = analysis;
    }

    /** A runner for tests that must fail before any store is opened. */
    static CliRunner withoutStore(Locale locale) {
        return new CliRunner(new StoreSessions() {
            @Override
            public StoreSession open(Path dataFolder, io.customerlens.domain.StorePassword password) {
                throw new AssertionError("no store expected, but one was opened in " + dataFolder);
            }

            @Override
            public StoreSession openServer(io.customerlens.domain.ServerLogin login) {
                throw new AssertionError("no store expected, but one was opened on " + login);
            }
        }, Path.of("no-store"), locale);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = pages == null ? new Cli(stores, () -> defaultDataFolder, analysis, MessageBundle.forLocale(locale), false)
                : new Cli(stores, pages, () -> defaultDataFolder, analysis, MessageBundle.forLocale(locale), false);
        int exitCode = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, normalise(out.toString()), normalise(err.toString()));
    }

    private static String normalise(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }
}
