package io.customerlens.settings;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.analysis.segments.RfmThresholds;
import io.customerlens.analysis.segments.RfmWindow;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.analysis.segments.TierCutoffs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisSettingsTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore();
    private final AppSettings settings = new AppSettings(store);

    private static AnalysisSettings everyChoiceChanged() {
        return new AnalysisSettings(new LapseWindow(6), Optional.of(LocalDate.of(2024, 5, 31)),
                new RfmOptions(ThresholdMethod.FIXED, RfmWindow.LAST_12_MONTHS,
                        new RfmThresholds(60, 3, new BigDecimal("1234.50"))),
                new TierCutoffs(0.7, 0.9), KeyAccountWeights.DEFAULT.with(KeyAccountCriterion.NET_AMOUNT, 0).rounded(),
                new KeyAccountCutoffs(60, 40), Optional.of(BcgUnit.CATEGORY), ComparisonPeriod.YEAR_TO_DATE, 20, 5, 45)
                .withSalesperson(Optional.of("张伟"));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        AnalysisSettings defaults = settings.get(Setting.ANALYSIS);

        assertThat(defaults.lapseWindow().months()).isEqualTo(3);
        assertThat(defaults.asOf()).isEmpty();
        assertThat(defaults.rfm()).isEqualTo(new RfmOptions(ThresholdMethod.MEAN, RfmWindow.ALL_HISTORY, null));
        assertThat(defaults.tiers()).isEqualTo(new TierCutoffs(0.80, 0.95));
        assertThat(defaults.weights().of(KeyAccountCriterion.NET_AMOUNT)).isEqualTo(40);
        assertThat(defaults.cutoffs()).isEqualTo(new KeyAccountCutoffs(70, 50));
        assertThat(defaults.bcgUnit()).isEmpty();
        assertThat(defaults.bcgPeriod()).isEqualTo(ComparisonPeriod.LAST_12_MONTHS);
        assertThat(List.of(defaults.taskCapacity(), defaults.taskHorizonDays(), defaults.winBackWindowDays()))
                .containsExactly(15, 10, 30);
        assertThat(defaults.salesperson()).as("every salesperson").isEmpty();
    }

    @Test
    void everyChoiceSurvivesARestart() {
        settings.set(Setting.ANALYSIS, everyChoiceChanged());

        assertThat(new AppSettings(store).get(Setting.ANALYSIS)).isEqualTo(everyChoiceChanged());
    }

    @Test
    void theDefaultsAreStoredAsNoValue() {
        settings.set(Setting.ANALYSIS, everyChoiceChanged());
        settings.set(Setting.ANALYSIS, AnalysisSettings.DEFAULTS);

        assertThat(store.get("analysis")).isEmpty();
    }

    @Test
    void anUnreadableChoiceFallsBackAloneToItsDefault() {
        store.put("analysis", "lapseMonths=99;asOf=2024-13-01;tiers=0.9,0.5;weights=net_amount:50;bcgUnit=CATEGORY;"
                + "taskCapacity=0;rfmMethod=FIXED;winBackWindowDays=45");

        AnalysisSettings read = settings.get(Setting.ANALYSIS);

        assertThat(read.lapseWindow()).as("1 to 24").isEqualTo(LapseWindow.DEFAULT);
        assertThat(read.asOf()).isEmpty();
        assertThat(read.tiers()).as("a above b").isEqualTo(TierCutoffs.DEFAULT);
        assertThat(read.weights()).as("not adding up to 100").isEqualTo(KeyAccountWeights.DEFAULT);
        assertThat(read.taskCapacity()).isEqualTo(15);
        assertThat(read.rfm()).as("fixed without thresholds").isEqualTo(RfmOptions.DEFAULT);
        assertThat(read.bcgUnit()).contains(BcgUnit.CATEGORY);
        assertThat(read.winBackWindowDays()).isEqualTo(45);
    }

    @Test
    void listenersHearTheNewSettings() {
        List<AnalysisSettings> heard = new ArrayList<>();
        AppSettings.Subscription subscription = settings.onChange(Setting.ANALYSIS, heard::add);

        settings.set(Setting.ANALYSIS, AnalysisSettings.DEFAULTS.withLapseWindow(new LapseWindow(6)));
        subscription.unsubscribe();
        settings.set(Setting.ANALYSIS, AnalysisSettings.DEFAULTS);

        assertThat(heard).extracting(AnalysisSettings::lapseWindow).containsExactly(new LapseWindow(6));
    }
}
