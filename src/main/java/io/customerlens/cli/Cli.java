package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.DiskFullException;
import io.customerlens.settings.AnalysisSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.Console;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The command line: {@code customerlens import|analyze|demo|bench ...}. Errors the user can fix are one
 * line on stderr with exit code 2 (usage) or 1 (the work failed), 75 when another process has the store open; a
 * fault in CustomerLens is one line naming the log file that holds its details, and exit code 70 (with
 * {@code --debug}, its stack trace follows).
 */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final StoreSessions stores;
    private final Optional<PageBench> pages;
    private final Supplier<Path> defaultDataFolder;
    private final MessageBundle messages;
    private final boolean terminal;
    private final FailureText failures;
    private final Diagnostics diagnostics;
    private final Supplier<AnalysisSettings> analysis;

    /**
     * @param defaultDataFolder the store's folder when --db is not given (asked only then)
     * @param terminal          whether stderr is an interactive terminal, so progress may be shown there
     */
    public Cli(StoreSessions stores, Supplier<Path> defaultDataFolder, MessageBundle messages, boolean terminal) {
        this(stores, defaultDataFolder, () -> AnalysisSettings.DEFAULTS, messages, terminal);
    }

    /**
     * @param analysis the app's analysis settings: the defaults of --lapse-months, --as-of, --rfm-*, --bcg-unit and
     *                 --capacity, and the choices (tiers, key-account weights ...) the command line has no option for
     */
    public Cli(StoreSessions stores, Supplier<Path> defaultDataFolder, Supplier<AnalysisSettings> analysis,
               MessageBundle messages, boolean terminal) {
        this(stores, Optional.empty(), defaultDataFolder, analysis, messages, terminal, Diagnostics.NONE);
    }

    /** @param diagnostics the log file that holds a fault's details, and what {@code --debug} turns on */
    public Cli(StoreSessions stores, Supplier<Path> defaultDataFolder, Supplier<AnalysisSettings> analysis,
               MessageBundle messages, boolean terminal, Diagnostics diagnostics) {
        this(stores, Optional.empty(), defaultDataFolder, analysis, messages, terminal, diagnostics);
    }

    /** @param pages times the app's pages without a screen, for {@code bench --refresh} */
    public Cli(StoreSessions stores, PageBench pages, Supplier<Path> defaultDataFolder,
               Supplier<AnalysisSettings> analysis, MessageBundle messages, boolean terminal) {
        this(stores, Optional.of(pages), defaultDataFolder, analysis, messages, terminal, Diagnostics.NONE);
    }

    private Cli(StoreSessions stores, Optional<PageBench> pages, Supplier<Path> defaultDataFolder,
                Supplier<AnalysisSettings> analysis, MessageBundle messages, boolean terminal,
                Diagnostics diagnostics) {
        this.analysis = analysis;
        this.stores = stores;
        this.pages = pages;
        this.defaultDataFolder = defaultDataFolder;
        this.messages = messages;
        this.terminal = terminal;
        this.diagnostics = diagnostics;
        this.failures = new FailureText(messages, diagnostics);
    }

    /** Runs in the real process: System.out/err, progress only on an interactive console. */
    public static int runInProcess(StoreSessions stores, PageBench pages, Supplier<Path> defaultDataFolder,
                                   Supplier<AnalysisSettings> analysis, Locale locale, Diagnostics diagnostics,
                                   String... args) {
        Console console = System.console();
        boolean terminal = console != null && console.isTerminal();
        Cli cli = new Cli(stores, Optional.of(pages), defaultDataFolder, analysis, MessageBundle.forLocale(locale),
                terminal, diagnostics);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true);
        return cli.execute(out, err, args);
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        int exitCode = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandEnvironment environment = new CommandEnvironment(messages,
                new UnfinishedImportNotice(stores, messages, err), defaultDataFolder, out, err, terminal, analysis,
                pages, failures);
        CommandLine commandLine = new CommandLine(new CustomerLensCommand(messages));
        commandLine.addSubcommand(new ImportCommand(environment));
        commandLine.addSubcommand(new AnalyzeCommand(environment));
        commandLine.addSubcommand(new DemoCommand(environment));
        commandLine.addSubcommand(new BenchCommand(environment));
        commandLine.addSubcommand(new BacktestCommand(environment));
        commandLine.addSubcommand(TasksCommand.create(environment));
        commandLine.addSubcommand(ReportCommand.create(environment));
        commandLine.addSubcommand(ImportsCommand.create(environment));
        commandLine.addSubcommand(TeamCommand.create(environment));
        commandLine.addSubcommand(new SyncCommand(environment));
        // Each of these settings reaches the subcommands added above.
        new OptionConverters(messages).registerOn(commandLine);
        commandLine.setResourceBundle(new PicocliBundle(messages.bundle(), CustomerLensCommand.NAME));
        commandLine.getCommandSpec().version(messages.format("cli.version", BuildVersion.current(),
                Runtime.version().toString()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(this::handleParameterException);
        commandLine.setExecutionExceptionHandler(this::handleExecutionException);
        commandLine.setExecutionStrategy(parsed -> {
            if (debugRequested(parsed)) {
                diagnostics.debug();
            }
            return new RunLast().execute(parsed);
        });
        return commandLine;
    }

    /** Whether {@code --debug} was given, before the command's name or after it. */
    static boolean debugRequested(ParseResult parsed) {
        if (parsed.hasMatchedOption("--debug")) {
            return true;
        }
        return parsed.subcommands().stream().anyMatch(Cli::debugRequested);
    }

    private int handleParameterException(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        commandLine.getErr().println(describe(problem, commandLine.getCommandSpec().qualifiedName()));
        return ExitCodes.USAGE;
    }

    private String describe(ParameterException problem, String command) {
        if (problem instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(Cli::argumentName).collect(Collectors.joining(", "));
            return messages.format("cli.error.missingOption", command, names);
        }
        if (problem instanceof UnmatchedArgumentException unmatched) {
            return messages.format("cli.error.unknownArgument", command, String.join(" ", unmatched.getUnmatched()));
        }
        if (problem.getCause() instanceof TypeConversionException conversion && problem.getArgSpec() != null) {
            return messages.format("cli.error.invalidValue", command, argumentName(problem.getArgSpec()),
                    conversion.getMessage());
        }
        return messages.format("cli.error.line", command, problem.getMessage());
    }

    private static String argumentName(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            return option.arity().max() > 0 ? option.longestName() + "=" + option.paramLabel() : option.longestName();
        }
        return argument.paramLabel();
    }

    /** Why the store stays shut, in the user's language: never H2's text (docs/decisions/0015). */
    private String passwordText(String command, PasswordRefusedException refused, ParseResult parsed) {
        String path = refused.path().toString();
        return switch (refused.reason()) {
            case MISSING -> messages.format("cli.error.passwordMissing", command, path);
            case WRONG -> messages.format("cli.error.passwordWrong", command, path,
                    passwordFileGiven(parsed).map(Object::toString).orElse("--password-file"));
            case FILE_UNREADABLE -> messages.format("cli.error.passwordFileUnreadable", command, path);
            case FILE_EMPTY -> messages.format("cli.error.passwordFileEmpty", command, path);
        };
    }

    /** The value of --password-file, in whichever command it was given. */
    private static Optional<Object> passwordFileGiven(ParseResult parsed) {
        if (parsed.hasMatchedOption("--password-file")) {
            return Optional.ofNullable(parsed.matchedOptionValue("--password-file", null));
        }
        return parsed.subcommands().stream().map(Cli::passwordFileGiven).flatMap(Optional::stream).findFirst();
    }

    private int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parsed) {
        String command = commandLine.getCommandSpec().qualifiedName();
        PrintWriter err = commandLine.getErr();
        switch (failure) {
            case PasswordRefusedException refused -> {
                err.println(passwordText(command, refused, parsed));
                return ExitCodes.PASSWORD;
            }
            case StoreUnavailableException store when store.inUse() -> {
                err.println(messages.format("cli.error.storeInUse", command, messages.get("store.inUse"),
                        store.location()));
                return ExitCodes.STORE_IN_USE;
            }
            case StoreUnavailableException store when store.refusal().isPresent() ->
                    err.println(messages.format("cli.error.serverRefused", command, store.location(),
                            messages.get("cli.server." + store.refusal().get().name())));
            case StoreUnavailableException store when store.getCause() instanceof DiskFullException full ->
                    err.println(messages.format("cli.error.storeDiskFull", command, store.location(),
                            full.freeMegabytes()));
            case StoreUnavailableException store -> err.println(messages.format("cli.error.store", command,
                    store.location(), failures.unexpected(store)));
            case SyncStoppedException stopped -> {
                // Said in words; the driver's text goes to the log only.
                LOG.warn("the sync stopped", stopped);
                err.println(messages.format("cli.error.syncStopped", command, stopped.server(), stopped.copy(),
                        messages.get("cli.server." + stopped.refusal().name())));
            }
            case IOException io -> err.println(messages.format("cli.error.line", command, failures.describe(io)));
            case UncheckedIOException io ->
                    err.println(messages.format("cli.error.line", command, failures.describe(io.getCause())));
            default -> {
                // A fault in CustomerLens: logged with its details; the stack trace on stderr only with --debug.
                err.println(messages.format("cli.error.internal", command, failures.unexpected(failure)));
                if (debugRequested(parsed)) {
                    failure.printStackTrace(err);
                }
                return ExitCodes.INTERNAL_ERROR;
            }
        }
        return ExitCodes.FAILED;
    }
}
