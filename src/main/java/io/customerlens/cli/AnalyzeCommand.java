package io.customerlens.cli;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.report.CustomersCsv;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code customerlens analyze --out DIR}: exports every customer's figures as of a date to customers.csv. */
@Command(name = "analyze", sortOptions = false, usageHelpAutoWidth = true)
final class AnalyzeCommand implements Callable<Integer> {

    static final int DEFAULT_LAPSE_MONTHS = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    Path dataFolder;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "asOf")
    LocalDate asOf;

    /** Accepted and checked now so scripts can pass it; customers.csv does not depend on it yet. */
    @Option(names = "--lapse-months", paramLabel = "N", descriptionKey = "lapseMonths")
    int lapseMonths = DEFAULT_LAPSE_MONTHS;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "out")
    Path outFolder;

    private final CommandEnvironment environment;
    private final MessageBundle messages;

    AnalyzeCommand(CommandEnvironment environment) {
        this.environment = environment;
        this.messages = environment.messages();
    }

    @Override
    public Integer call() throws IOException {
        if (lapseMonths < 1) {
            throw new ParameterException(spec.commandLine(),
                    messages.format("cli.error.notPositive", "--lapse-months", String.valueOf(lapseMonths)));
        }
        Path folder = environment.dataFolder(Optional.ofNullable(dataFolder));
        CustomerOverview overview;
        try (StoreSession store = environment.stores().open(folder)) {
            overview = store.customerService().overview(Optional.ofNullable(asOf));
        }
        List<CustomerSummary> summaries = overview.customers().stream().map(CustomerRow::summary).toList();
        Path file = new CustomersCsv().write(outFolder, summaries, namesByKey(overview.customers()));
        if (overview.asOf() == null) {
            environment.out().println(messages.format("cli.analyze.emptyStore", folder.toString(), file.toString()));
        } else {
            environment.out().println(messages.format("cli.analyze.wrote", summaries.size(),
                    overview.asOf().toString(), file.toString()));
        }
        return ExitCodes.OK;
    }

    private static Map<String, String> namesByKey(List<CustomerRow> customers) {
        Map<String, String> names = new HashMap<>(customers.size() * 2);
        for (CustomerRow customer : customers) {
            if (customer.info().name() != null) {
                names.put(customer.key(), customer.info().name());
            }
        }
        return names;
    }
}
