package io.customerlens.cli;

import io.customerlens.domain.ImportBatch;
import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code customerlens imports list [--db DIR]}: one line per import, newest first, its numeric id first (the id
 * {@code imports undo} takes), then time, file, sheets, the line counts and the range of sale dates.
 */
@Command(name = "list", sortOptions = false, usageHelpAutoWidth = true)
final class ImportsListCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    private final CommandEnvironment environment;

    ImportsListCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<ImportBatch> batches;
        try (StoreSession store = dataFolder.open(environment)) {
            batches = store.importService().batches();
        }
        MessageBundle messages = environment.messages();
        if (batches.isEmpty()) {
            environment.out().println(messages.format("cli.imports.none"));
        }
        for (ImportBatch batch : batches) {
            environment.out().println(line(messages, batch));
        }
        return ExitCodes.OK;
    }

    static String line(MessageBundle messages, ImportBatch batch) {
        return messages.format("cli.imports.line", Long.toString(batch.id()),
                TIME.format(batch.importedAt().atZone(ZoneId.systemDefault())), batch.fileName(), batch.sheets(),
                batch.linesRead(), batch.linesImported(), batch.linesDuplicate(), batch.linesRejected(),
                date(batch.firstDate()), date(batch.lastDate()));
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
