package io.customerlens.cli;

import io.customerlens.analysis.lapse.BacktestResult;
import io.customerlens.analysis.lapse.RankingQuality;
import io.customerlens.i18n.MessageBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code customerlens backtest --cutoff DATE --horizon-months H [--top K]}: how well the risk ranking,
 * and plain recency beside it, picked the customers who then bought nothing. One figure per line as
 * {@code name value}, so scripts can read it.
 */
@Command(name = "backtest", sortOptions = false, usageHelpAutoWidth = true)
final class BacktestCommand implements Callable<Integer> {

    static final int DEFAULT_TOP = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    DataFolderOption dataFolder;

    @Option(names = "--cutoff", paramLabel = "YYYY-MM-DD", required = true, descriptionKey = "cutoff")
    LocalDate cutoff;

    @Option(names = "--horizon-months", paramLabel = "H", required = true, descriptionKey = "horizonMonths")
    int horizonMonths;

    @Option(names = "--top", paramLabel = "K", descriptionKey = "top")
    int top = DEFAULT_TOP;

    private final CommandEnvironment environment;

    BacktestCommand(CommandEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        MessageBundle messages = environment.messages();
        OptionChecks.requirePositive(spec, messages, "--horizon-months", horizonMonths);
        OptionChecks.requirePositive(spec, messages, "--top", top);
        Path folder = dataFolder.resolve(environment);
        BacktestResult result;
        try (StoreSession store = environment.stores().open(folder)) {
            result = store.lapseService().backtest(cutoff, horizonMonths, top);
        }
        print(environment.out(), result);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, BacktestResult result) {
        out.println("cutoff " + result.cutoff());
        out.println("horizon_months " + result.horizonMonths());
        out.println("population " + result.population());
        out.println("lapsed " + result.lapsed());
        out.println("top_k " + result.topK());
        out.println("risk_ranking " + result.ranking().name());
        printQuality(out, "risk", result.risk());
        printQuality(out, "recency", result.recency());
    }

    private static void printQuality(PrintWriter out, String ranking, RankingQuality quality) {
        out.println(ranking + "_auc " + figure(quality.auc()));
        out.println(ranking + "_precision_at_k " + figure(quality.precisionAtK()));
    }

    /** Four decimals with a point whatever the locale; "n/a" when the figure is undefined (nobody lapsed). */
    private static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
    }
}
