package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backtest} over fixtures/cli/sales.csv (see {@link CliImportAnalyzeTest}). Cut-off 2024-02-29,
 * horizon 2 months (to 04-29): the population is who bought in the 12 months up to the cut-off, KH001
 * (01-05) and KH002 (02-10); KH003 first bought on 04-01 and is not in it. KH001 bought again on 03-15;
 * KH002 bought nothing (its 02-30 line is rejected): 1 lapsed. K = 5 is cut to the population, 2.
 */
class CliBacktestTest {

    private static final List<String> NAMES = List.of("cutoff", "horizon_months", "population", "lapsed", "top_k",
            "risk_ranking", "risk_fallback", "risk_auc", "risk_precision_at_k", "recency_auc", "recency_precision_at_k",
            "model_auc", "model_precision_at_k", "bgnbd_auc", "bgnbd_precision_at_k", "survival_cadence_auc",
            "survival_cadence_precision_at_k", "survival_days_auc", "survival_days_precision_at_k", "alive_model_auc",
            "alive_model_precision_at_k", "brier", "model_brier", "validation_model_auc", "validation_recency_auc",
            "training_cutoffs", "training_examples");

    @TempDir
    Path temp;
    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws URISyntaxException {
        db = temp.resolve("db");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        Path fixture = Path.of(getClass().getResource("/fixtures/cli/sales.csv").toURI());
        assertThat(cli.run("import", fixture.toString(), "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void printsOneNameValueLinePerFigure() {
        CliRunner.Result result = cli.run("backtest", "--db", db.toString(), "--cutoff", "2024-02-29",
                "--horizon-months", "2", "--top", "5");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(lines.get(i)).as("line %d", i + 1).matches(NAMES.get(i) + " \\S+");
        }
        assertThat(lines.subList(0, 7)).containsExactly(
                "cutoff 2024-02-29", "horizon_months 2", "population 2", "lapsed 1", "top_k 2",
                // two months of history teach nothing: the list is longest silent first, and says why
                "risk_ranking recency", "risk_fallback too_little_history");
        for (String figure : List.of("risk_auc", "risk_precision_at_k", "recency_auc", "recency_precision_at_k")) {
            assertThat(lines).anySatisfy(line -> assertThat(line).matches(figure + " (\\d\\.\\d{4}|n/a)"));
        }
        // Recency ranks KH001 (55 days since its purchase) above KH002 (19 days): wrong way round.
        assertThat(lines).contains("recency_auc 0.0000");
    }

    @Test
    void aMissingCutoffIsAUsageError() {
        CliRunner.Result result = cli.run("backtest", "--db", db.toString(), "--horizon-months", "2");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).isEqualTo("customerlens backtest: missing --cutoff=YYYY-MM-DD\n");
        assertThat(result.out()).isEmpty();
    }
}
