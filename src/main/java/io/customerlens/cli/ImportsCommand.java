package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code customerlens imports list|undo}: the history of imports, and taking one back. */
@Command(name = ImportsCommand.NAME, sortOptions = false, usageHelpAutoWidth = true)
final class ImportsCommand implements Runnable {

    static final String NAME = "imports";

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private final MessageBundle messages;

    private ImportsCommand(MessageBundle messages) {
        this.messages = messages;
    }

    /** The command with its subcommands, ready to add to the root command. */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine imports = new CommandLine(new ImportsCommand(environment.messages()));
        imports.addSubcommand(new ImportsListCommand(environment));
        imports.addSubcommand(new ImportsUndoCommand(environment));
        return imports;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), messages.format("cli.imports.missingCommand"));
    }
}
