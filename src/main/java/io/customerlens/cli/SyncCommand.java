package io.customerlens.cli;

import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.ServerLogin;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.sync.PullReport;
import io.customerlens.service.sync.PushReport;
import io.customerlens.service.sync.SkippedTask;
import io.customerlens.service.sync.SyncRefusedException;
import io.customerlens.service.sync.SyncOverride;
import io.customerlens.service.sync.SyncService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code customerlens sync --from SERVER_URL --to DIR} copies the signed-in salesperson's rows from the team server
 * into a laptop copy (an embedded store in DIR); {@code customerlens sync --push --from DIR --to SERVER_URL} sends
 * back the follow-up tasks made there and their outcomes (docs/decisions/0019). --db-user and --password-file are the
 * server login's.
 */
@Command(name = "sync", sortOptions = false, usageHelpAutoWidth = true)
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--from", paramLabel = "FROM", required = true, descriptionKey = "from")
    String from;

    @Option(names = "--to", paramLabel = "TO", required = true, descriptionKey = "to")
    String to;

    @Option(names = "--push", descriptionKey = "push")
    boolean push;

    @Option(names = "--db-user", paramLabel = "USER", descriptionKey = "dbUser")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile")
    Path passwordFile;

    private final CommandEnvironment environment;

    SyncCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        MessageBundle messages = environment.messages();
        String serverUrl = push ? to : from;
        String folder = push ? from : to;
        if (!ServerLogin.isServerUrl(serverUrl) || ServerLogin.isServerUrl(folder)) {
            throw new ParameterException(spec.commandLine(), messages.format(
                    push ? "cli.sync.pushShape" : "cli.sync.pullShape"));
        }
        ServerLogin login = new ServerLogin(serverUrl, user == null ? System.getProperty("user.name") : user,
                DataFolderOption.passwordIn(passwordFile).characters());
        Path copyFolder = environment.dataFolder(java.util.Optional.of(Path.of(folder)));
        try (StoreSession server = environment.stores().openServer(login);
             StoreSession copy = environment.stores().open(copyFolder)) {
            if (push) {
                report(push(copy.syncService(), server.syncService(), serverUrl, copyFolder), copyFolder, serverUrl);
            } else {
                report(pull(copy.syncService(), server.syncService(), serverUrl, copyFolder), serverUrl, copyFolder);
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Only what the store names (the server went away, refused the login or a permission) is said as a stopped sync:
     * both transactions were rolled back. Any other failure is a fault, reported as one.
     */
    private PullReport pull(SyncService copy, SyncService server, String serverUrl, Path copyFolder) {
        try {
            return copy.pullFrom(server);
        } catch (SyncRefusedException refused) {
            throw new SyncStoppedException(serverUrl, copyFolder.toString(), refused.refusal(), refused);
        }
    }

    private PushReport push(SyncService copy, SyncService server, String serverUrl, Path copyFolder) {
        try {
            return copy.pushTo(server);
        } catch (SyncRefusedException refused) {
            throw new SyncStoppedException(serverUrl, copyFolder.toString(), refused.refusal(), refused);
        }
    }

    private void report(PullReport report, String serverUrl, Path copyFolder) {
        MessageBundle messages = environment.messages();
        printOverrides(report.overrides());
        environment.out().println(report.changedNothing()
                ? messages.format("cli.sync.pullUnchanged", serverUrl, copyFolder.toString())
                : messages.format("cli.sync.pulled", serverUrl, copyFolder.toString(), report.linesAdded(),
                report.linesRemoved(), report.customers(), report.products(), report.imports(),
                report.contactEdits(), report.tasks(), report.logins()));
    }

    private void report(PushReport report, Path copyFolder, String serverUrl) {
        MessageBundle messages = environment.messages();
        printOverrides(report.overrides());
        for (SkippedTask skipped : report.skipped()) {
            environment.out().println(messages.format("cli.sync.skipped", skipped.customerKey(),
                    messages.get("cli.sync.skipped." + skipped.reason().name())));
        }
        environment.out().println(report.changedNothing()
                ? messages.format("cli.sync.pushUnchanged", copyFolder.toString(), serverUrl)
                : messages.format("cli.sync.pushed", copyFolder.toString(), serverUrl, report.tasksSent(),
                report.outcomesSent(), report.contactEditsSent()));
    }

    private void printOverrides(List<SyncOverride> overrides) {
        MessageBundle messages = environment.messages();
        for (SyncOverride override : overrides) {
            String key = override.lost() == SyncOverride.Side.SERVER ? "cli.sync.overrodeServer" : "cli.sync.overrodeCopy";
            environment.out().println(messages.format(key, override.customerKey(),
                    String.valueOf(override.serverTaskId()), outcome(override.lostOutcome()),
                    outcome(override.keptOutcome())));
        }
    }

    private String outcome(FollowUpOutcome outcome) {
        return environment.messages().format(outcome.reached() ? "cli.sync.outcome.reached"
                : "cli.sync.outcome.notReached", outcome.contactedOn().toString());
    }
}
