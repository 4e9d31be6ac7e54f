package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command; it only dispatches to import, analyze, demo and bench, or prints the version. */
@Command(name = CustomerLensCommand.NAME, sortOptions = false, usageHelpAutoWidth = true)
final class CustomerLensCommand implements Runnable {

    static final String NAME = "customerlens";

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** Picocli prints the command's version (set by {@link Cli} from {@link BuildVersion}) and exits with 0. */
    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "version")
    boolean versionRequested;

    /**
     * Accepted before or after the command's name: a fault prints its stack trace, and CustomerLens's own log
     * records from DEBUG up go to stderr as well as to the log file ({@link Cli#debugRequested}).
     */
    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
    boolean debug;

    private final MessageBundle messages;

    CustomerLensCommand(MessageBundle messages) {
        this.messages = messages;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), messages.format("cli.error.missingCommand", NAME));
    }
}
