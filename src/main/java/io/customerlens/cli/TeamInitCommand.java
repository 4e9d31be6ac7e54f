package io.customerlens.cli;

import io.customerlens.service.team.TeamService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code customerlens team init --db jdbc:postgresql://… --db-user ADMIN --password-file FILE}: creates the team
 * database unless it exists, then its tables, the roles customerlens_manager and customerlens_salesperson and the
 * row-level security (the migrations, run by opening it). Run once, by a login that may create databases and roles.
 */
@Command(name = "init", sortOptions = false, usageHelpAutoWidth = true)
final class TeamInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    private final CommandEnvironment environment;

    TeamInitCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!(dataFolder.resolve(environment) instanceof StoreLocation.Server server)) {
            throw new ParameterException(spec.commandLine(), environment.messages().format("cli.team.serverOnly"));
        }
        boolean created;
        try {
            created = TeamService.createDatabaseIfMissing(server.login());
        } catch (IllegalStateException e) {
            throw new StoreUnavailableException(server.login().url(), e);
        }
        try (StoreSession store = environment.stores().open(server)) {
            environment.out().println(environment.messages().format(created ? "cli.team.created" : "cli.team.ready",
                    server.login().url()));
        }
        return ExitCodes.OK;
    }
}
