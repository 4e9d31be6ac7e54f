package io.customerlens.cli;

import io.customerlens.domain.UndoneImport;
import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code customerlens imports undo ID [--db DIR]}: removes exactly the lines of one import, and its record, in one
 * transaction; follow-up tasks stay. An id that names no import is a usage error (exit code 2), like an unknown
 * customer key.
 */
@Command(name = "undo", sortOptions = false, usageHelpAutoWidth = true)
final class ImportsUndoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long id;

    private final CommandEnvironment environment;

    ImportsUndoCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        MessageBundle messages = environment.messages();
        Optional<UndoneImport> undone;
        try (StoreSession store = dataFolder.open(environment)) {
            undone = store.importService().undo(id);
        }
        if (undone.isEmpty()) {
            throw new ParameterException(spec.commandLine(), messages.format("cli.imports.unknown", Long.toString(id)));
        }
        environment.out().println(messages.format("cli.imports.undone", Long.toString(id),
                undone.get().batch().fileName(), undone.get().linesRemoved()));
        return ExitCodes.OK;
    }
}
