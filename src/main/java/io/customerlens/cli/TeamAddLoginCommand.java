package io.customerlens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code customerlens team add-salesperson LOGIN --salesperson NAME --login-password-file FILE --db URL …} and
 * {@code team add-manager LOGIN --login-password-file FILE --db URL …}: a login on the team server. A salesperson's
 * login sees the customers whose salesperson field is NAME (given again with another NAME, it sees those too); a
 * manager's sees everyone.
 */
@Command(sortOptions = false, usageHelpAutoWidth = true)
final class TeamAddLoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
    String login;

    @Option(names = "--salesperson", paramLabel = "NAME", descriptionKey = "salesperson")
    String salesperson;

    @Option(names = "--login-password-file", paramLabel = "FILE", required = true, descriptionKey = "loginPasswordFile")
    Path loginPasswordFile;

    private final CommandEnvironment environment;
    private final boolean salespersonLogin;

    TeamAddLoginCommand(CommandEnvironment environment, boolean salespersonLogin) {
        this.environment = environment;
        this.salespersonLogin = salespersonLogin;
    }

    /** The subcommand's name: add-salesperson or add-manager. */
    String name() {
        return salespersonLogin ? "add-salesperson" : "add-manager";
    }

    @Override
    public Integer call() throws IOException {
        if (!(dataFolder.resolve(environment) instanceof StoreLocation.Server server)) {
            throw new ParameterException(spec.commandLine(), environment.messages().format("cli.team.serverOnly"));
        }
        if (salespersonLogin && (salesperson == null || salesperson.isBlank())) {
            throw new ParameterException(spec.commandLine(), environment.messages().format("cli.team.salespersonMissing"));
        }
        char[] password = Files.readAllLines(loginPasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("")
                .toCharArray();
        try (StoreSession store = environment.stores().open(server)) {
            if (salespersonLogin) {
                store.teamService().addSalesperson(login, password, salesperson);
                environment.out().println(environment.messages().format("cli.team.salespersonAdded", login, salesperson));
            } else {
                store.teamService().addManager(login, password);
                environment.out().println(environment.messages().format("cli.team.managerAdded", login));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), environment.messages().format("cli.team.badLogin", login));
        }
        return ExitCodes.OK;
    }
}
