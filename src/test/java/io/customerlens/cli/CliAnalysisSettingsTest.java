package io.customerlens.cli;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.TierCutoffs;
import io.customerlens.app.Main;
import io.customerlens.service.card.CardFixture;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.settings.Setting;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line starts from the app's analysis settings; an option overrides one for that run only. */
class CliAnalysisSettingsTest {

    @TempDir
    Path temp;
    private Path db;
    private final AppSettings settings = new AppSettings(new InMemorySettingsStore());
    private CliRunner cli;

    @BeforeEach
    void importFixture() {
        db = temp.resolve("db");
        settings.set(Setting.ANALYSIS, AnalysisSettings.DEFAULTS.withLapseWindow(new LapseWindow(6))
                .withTiers(new TierCutoffs(0.7, 0.9)).withCutoffs(new KeyAccountCutoffs(60, 40)));
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT,
                () -> settings.get(Setting.ANALYSIS));
        assertThat(cli.run("import", CardFixture.salesFile().toString(), "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void theSegmentSummaryUsesTheAppsSettingsWithoutOptions() throws IOException {
        Path pdf = temp.resolve("segments.pdf");

        assertThat(cli.run("report", "segments", "--pdf", pdf.toString(), "--db", db.toString()).exitCode()).isZero();

        assertThat(text(pdf)).contains("Lapse window: 6 or more calendar months without a purchase",
                "Value tiers: A below 70.0% of the cumulative net amount, B below 90.0%, else C",
                "Key accounts: strategic from score 60, key from 40");
    }

    @Test
    void anOptionOverridesTheSettingForThatRunOnly() throws IOException {
        Path overridden = temp.resolve("overridden.pdf");
        Path next = temp.resolve("next.pdf");

        assertThat(cli.run("report", "segments", "--lapse-months", "12", "--pdf", overridden.toString(),
                "--db", db.toString()).exitCode()).isZero();
        assertThat(cli.run("report", "segments", "--pdf", next.toString(), "--db", db.toString()).exitCode()).isZero();

        assertThat(text(overridden)).contains("Lapse window: 12 or more", "Key accounts: strategic from score 60");
        assertThat(text(next)).contains("Lapse window: 6 or more");
        assertThat(settings.get(Setting.ANALYSIS).lapseWindow().months()).as("the setting is untouched").isEqualTo(6);
    }

    /** analyze writes the BCG matrix over the settings' comparison period, as the Products page shows it. */
    @Test
    void analyzeUsesTheSettingsBcgPeriod() throws IOException {
        Path twelve = temp.resolve("twelve");
        Path three = temp.resolve("three");
        assertThat(cli.run("analyze", "--db", db.toString(), "--out", twelve.toString()).exitCode()).isZero();
        settings.set(Setting.ANALYSIS, settings.get(Setting.ANALYSIS)
                .withBcgPeriod(io.customerlens.analysis.products.ComparisonPeriod.LAST_3_MONTHS));

        assertThat(cli.run("analyze", "--db", db.toString(), "--out", three.toString()).exitCode()).isZero();

        assertThat(java.nio.file.Files.readString(three.resolve("products_bcg.csv")))
                .isNotEqualTo(java.nio.file.Files.readString(twelve.resolve("products_bcg.csv")));
        assertThat(java.nio.file.Files.readString(three.resolve("customers.csv")))
                .as("the other files do not depend on the period")
                .isEqualTo(java.nio.file.Files.readString(twelve.resolve("customers.csv")));
    }

    @Test
    void helpShowsTheSettingAsTheDefault() {
        assertThat(cli.run("report", "lapsed", "--help").out()).contains("(default: 6)");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
