package io.customerlens.cli;

import io.customerlens.settings.AnalysisSettings;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Optional;

/**
 * --as-of and --lapse-months of the reports that analyse the store; without them, the app's analysis settings.
 */
final class AsOfWindowOptions {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", descriptionKey = "asOf")
    LocalDate asOf;

    @Option(names = "--lapse-months", paramLabel = "N", descriptionKey = "lapseMonths")
    int lapseMonths = AnalyzeCommand.DEFAULT_LAPSE_MONTHS;

    /** Picocli's instance, when a command has no settings to start from. */
    AsOfWindowOptions() {
    }

    /** Starts from the app's settings, so an option overrides them for this run only. */
    AsOfWindowOptions(AnalysisSettings settings) {
        asOf = settings.asOf().orElse(null);
        lapseMonths = settings.lapseWindow().months();
    }

    Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }
}
