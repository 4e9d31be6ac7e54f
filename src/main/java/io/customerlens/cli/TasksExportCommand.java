package io.customerlens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code customerlens tasks export --out FILE.xlsx [--db DIR]}: every task in the layout the app imports back. */
@Command(name = "export", sortOptions = false, usageHelpAutoWidth = true)
final class TasksExportCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, descriptionKey = "out")
    Path outFile;

    private final CommandEnvironment environment;

    TasksExportCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        Path folder = dataFolder.resolve(environment);
        int tasks;
        try (StoreSession store = environment.stores().open(folder, dataFolder.password())) {
            store.followUpService().exportSheet(outFile);
            tasks = store.followUpService().tasks().size();
        }
        environment.out().println(environment.messages().format("cli.tasks.export.wrote", tasks, outFile.toString()));
        return ExitCodes.OK;
    }
}
