package io.customerlens.cli;

import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.RiskBacktestResult;
import io.customerlens.analysis.value.ValueBacktest;
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
import java.util.Optional;
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
        RiskBacktestResult result;
        Optional<ValueBacktest> value;
        try (StoreSession store = environment.stores().open(folder, dataFolder.password())) {
            result = store.lapseService().backtest(cutoff, horizonMonths, top);
            value = store.lapseService().valueBacktest(cutoff);
        }
        print(environment.out(), result);
        printValue(environment.out(), value);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, RiskBacktestResult result) {
        out.println("cutoff " + result.cutoff());
        out.println("horizon_months " + result.horizonMonths());
        out.println("population " + result.population());
        out.println("lapsed " + result.lapsed());
        out.println("top_k " + result.topK());
        out.println("risk_ranking " + rankingName(result.risk()));
        out.println("risk_fallback " + result.risk().fallback().map(fallback -> fallback.name().toLowerCase(Locale.ROOT))
                .orElse("none"));
        printQuality(out, "risk", result.chosen());
        printQuality(out, "recency", result.recency());
        printQuality(out, "model", result.model());
        result.comparisons().forEach((name, quality) -> printQuality(out, name, quality));
        out.println("brier " + figure(result.chosenBrier()));
        out.println("model_brier " + figure(result.modelBrier()));
        out.println("validation_model_auc " + figure(result.risk().meanModelAuc()));
        out.println("validation_recency_auc " + figure(result.risk().meanRecencyAuc()));
        out.println("training_cutoffs " + result.risk().trainingCutoffs());
        out.println("training_examples " + result.risk().trainingExamples());
    }

    /** value_12m at the cut-off against the 12 months after it; n/a when the data ends before them. */
    static void printValue(PrintWriter out, Optional<ValueBacktest> value) {
        out.println("value_customers " + value.map(known -> String.valueOf(known.customers())).orElse("n/a"));
        out.println("value_mae " + value.map(known -> money(known.modelError())).orElse("n/a"));
        out.println("value_naive_mae " + value.map(known -> money(known.naiveError())).orElse("n/a"));
        out.println("value_predicted_total " + value.map(known -> money(known.predictedTotal())).orElse("n/a"));
        out.println("value_actual_total " + value.map(known -> money(known.actualTotal())).orElse("n/a"));
        out.println("value_spearman " + value.map(known -> figure(known.modelRankAgreement())).orElse("n/a"));
        out.println("value_naive_spearman " + value.map(known -> figure(known.naiveRankAgreement())).orElse("n/a"));
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }

    /** The shown ranking's name as scripts read it. */
    static String rankingName(LapseRisk risk) {
        return risk.ranking() == LapseRisk.Ranking.MODEL ? "lapse_model" : "recency";
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
