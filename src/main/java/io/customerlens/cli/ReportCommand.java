package io.customerlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code customerlens report card|lapsed|calls|segments}: printable PDF reports. */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private final CommandEnvironment environment;

    private ReportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    /** The report command with its four reports. */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine report = new CommandLine(new ReportCommand(environment));
        report.addSubcommand(new ReportCardCommand(environment));
        report.addSubcommand(new ReportLapsedCommand(environment));
        report.addSubcommand(new ReportCallsCommand(environment));
        report.addSubcommand(new ReportSegmentsCommand(environment));
        return report;
    }

    /** Without a report named there is nothing to write: a usage error that lists the reports. */
    @Override
    public Integer call() {
        environment.err().println(environment.messages().format("cli.report.missingReport", spec.qualifiedName()));
        return ExitCodes.USAGE;
    }
}
