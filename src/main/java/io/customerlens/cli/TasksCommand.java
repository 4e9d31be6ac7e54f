package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code customerlens tasks generate|export|add}: the follow-up task list (回访任务) from the command line. */
@Command(name = TasksCommand.NAME, sortOptions = false, usageHelpAutoWidth = true)
final class TasksCommand implements Runnable {

    static final String NAME = "tasks";

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private final MessageBundle messages;

    private TasksCommand(MessageBundle messages) {
        this.messages = messages;
    }

    /** The command with its subcommands, ready to add to the root command. */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine tasks = new CommandLine(new TasksCommand(environment.messages()));
        tasks.addSubcommand(new TasksGenerateCommand(environment));
        tasks.addSubcommand(new TasksExportCommand(environment));
        tasks.addSubcommand(new TasksAddCommand(environment));
        return tasks;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), messages.format("cli.tasks.missingCommand"));
    }
}
