package io.customerlens.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Optional;

/** --as-of and --lapse-months of the reports that analyse the store. */
final class AsOfWindowOptions {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "asOf")
    LocalDate asOf;

    @Option(names = "--lapse-months", paramLabel = "N", descriptionKey = "lapseMonths")
    int lapseMonths = AnalyzeCommand.DEFAULT_LAPSE_MONTHS;

    Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }
}
