package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code customerlens team init|add-salesperson|add-manager}: the team store on a PostgreSQL server. */
@Command(name = TeamCommand.NAME, sortOptions = false, usageHelpAutoWidth = true)
final class TeamCommand implements Runnable {

    static final String NAME = "team";

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private final MessageBundle messages;

    private TeamCommand(MessageBundle messages) {
        this.messages = messages;
    }

    /** The command with its subcommands, ready to add to the root command. */
    static CommandLine create(CommandEnvironment environment) {
        CommandLine team = new CommandLine(new TeamCommand(environment.messages()));
        team.addSubcommand(new TeamInitCommand(environment));
        for (boolean salesperson : new boolean[]{true, false}) {
            TeamAddLoginCommand add = new TeamAddLoginCommand(environment, salesperson);
            team.addSubcommand(add.name(), add);
        }
        return team;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), messages.format("cli.team.missingCommand"));
    }
}
