package io.customerlens.ui.settings;

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
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis settings as the settings dialog edits them: one property per choice, whole numbers where the pages
 * show whole numbers (percentages, scores, days). Nothing is stored until the dialog applies
 * {@link #toSettings()}; {@link #resetToDefaults()} fills in the documented defaults.
 */
public final class AnalysisDraft {

    /** The periods the Products page offers. */
    public static final List<ComparisonPeriod> BCG_PERIODS = List.of(ComparisonPeriod.LAST_12_MONTHS,
            ComparisonPeriod.YEAR_TO_DATE, ComparisonPeriod.LAST_6_MONTHS, ComparisonPeriod.LAST_3_MONTHS);

    private final IntegerProperty lapseMonths = new SimpleIntegerProperty(this, "lapseMonths");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<RfmWindow> rfmWindow = new SimpleObjectProperty<>(this, "rfmWindow");
    private final ObjectProperty<ThresholdMethod> rfmMethod = new SimpleObjectProperty<>(this, "rfmMethod");
    private final IntegerProperty fixedRecencyDays = new SimpleIntegerProperty(this, "fixedRecencyDays");
    private final IntegerProperty fixedOrders = new SimpleIntegerProperty(this, "fixedOrders");
    private final StringProperty fixedAmount = new SimpleStringProperty(this, "fixedAmount", "");
    private final IntegerProperty tierA = new SimpleIntegerProperty(this, "tierA");
    private final IntegerProperty tierB = new SimpleIntegerProperty(this, "tierB");
    private final Map<KeyAccountCriterion, IntegerProperty> weights = new EnumMap<>(KeyAccountCriterion.class);
    private final IntegerProperty strategic = new SimpleIntegerProperty(this, "strategic");
    private final IntegerProperty key = new SimpleIntegerProperty(this, "key");
    private final ObjectProperty<BcgUnit> bcgUnit = new SimpleObjectProperty<>(this, "bcgUnit");
    private final ObjectProperty<ComparisonPeriod> bcgPeriod = new SimpleObjectProperty<>(this, "bcgPeriod");
    private final IntegerProperty taskCapacity = new SimpleIntegerProperty(this, "taskCapacity");
    private final IntegerProperty taskHorizonDays = new SimpleIntegerProperty(this, "taskHorizonDays");
    private final IntegerProperty winBackWindowDays = new SimpleIntegerProperty(this, "winBackWindowDays");
    /** What the draft started from: choices left as they were keep their exact stored values. */
    private AnalysisSettings original;

    AnalysisDraft(AnalysisSettings stored) {
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            weights.put(criterion, new SimpleIntegerProperty(this, "weight." + criterion.code()));
        }
        show(stored);
    }

    private void show(AnalysisSettings settings) {
        original = settings;
        lapseMonths.set(settings.lapseWindow().months());
        asOf.set(settings.asOf().orElse(null));
        rfmWindow.set(settings.rfm().window());
        rfmMethod.set(settings.rfm().method());
        RfmThresholds fixed = settings.rfm().fixed();
        fixedRecencyDays.set(fixed == null ? 90 : (int) Math.round(fixed.recencyDays()));
        fixedOrders.set(fixed == null ? 2 : (int) Math.round(fixed.orders()));
        fixedAmount.set(fixed == null ? "" : fixed.netAmount().toPlainString());
        tierA.set(percent(settings.tiers().a()));
        tierB.set(percent(settings.tiers().b()));
        settings.weights().wholePercents().forEach((criterion, whole) -> weights.get(criterion).set(whole));
        strategic.set((int) Math.round(settings.cutoffs().strategic()));
        key.set((int) Math.round(settings.cutoffs().key()));
        bcgUnit.set(settings.bcgUnit().orElse(null));
        bcgPeriod.set(settings.bcgPeriod());
        taskCapacity.set(settings.taskCapacity());
        taskHorizonDays.set(settings.taskHorizonDays());
        winBackWindowDays.set(settings.winBackWindowDays());
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    /** Fills in the documented defaults (applied with the dialog, like every other change). */
    public void resetToDefaults() {
        AnalysisSettings kept = original;
        show(AnalysisSettings.DEFAULTS);
        original = kept;
    }

    /** What is wrong with the draft, in the user's language; empty when it can be applied. */
    public Optional<String> problem(Messages messages) {
        int sum = weights.values().stream().mapToInt(IntegerProperty::get).sum();
        if (sum != 100) {
            return Optional.of(messages.format("settings.analysis.problem.weights", sum));
        }
        if (tierA.get() > tierB.get()) {
            return Optional.of(messages.get("settings.analysis.problem.tiers"));
        }
        if (rfmMethod.get() == ThresholdMethod.FIXED && fixedAmountValue().isEmpty()) {
            return Optional.of(messages.format("settings.analysis.problem.fixedAmount", fixedAmount.get()));
        }
        return Optional.empty();
    }

    private Optional<BigDecimal> fixedAmountValue() {
        String plain = fixedAmount.get() == null ? "" : fixedAmount.get().replace(",", "").replace("，", "").strip();
        try {
            return plain.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The settings of this draft. Call only when {@link #problem} is empty. Weights and cut-offs the user did not
     * touch keep their stored values (the dialog shows them rounded); a key cut-off above the strategic one is
     * lowered to it, as on the Segments page.
     */
    AnalysisSettings toSettings() {
        RfmThresholds fixed = rfmMethod.get() == ThresholdMethod.FIXED || fixedAmountValue().isPresent()
                ? new RfmThresholds(fixedRecencyDays.get(), fixedOrders.get(), fixedAmountValue().orElseThrow())
                : original.rfm().fixed();
        Map<KeyAccountCriterion, Double> percents = new EnumMap<>(KeyAccountCriterion.class);
        weights.forEach((criterion, weight) -> percents.put(criterion, (double) weight.get()));
        KeyAccountWeights edited = new KeyAccountWeights(percents);
        boolean weightsUntouched = edited.equals(new KeyAccountWeights(wholeOf(original.weights())));
        int top = Math.clamp(strategic.get(), 0, 100);
        KeyAccountCutoffs cutoffs = new KeyAccountCutoffs(top, Math.clamp(key.get(), 0, top));
        boolean cutoffsUntouched = Math.round(original.cutoffs().strategic()) == cutoffs.strategic()
                && Math.round(original.cutoffs().key()) == cutoffs.key();
        TierCutoffs tiers = percent(original.tiers().a()) == tierA.get() && percent(original.tiers().b()) == tierB.get()
                ? original.tiers() : new TierCutoffs(tierA.get() / 100.0, tierB.get() / 100.0);
        return new AnalysisSettings(new LapseWindow(Math.clamp(lapseMonths.get(), LapseWindow.MIN, LapseWindow.MAX)),
                Optional.ofNullable(asOf.get()), new RfmOptions(rfmMethod.get(), rfmWindow.get(), fixed), tiers,
                weightsUntouched ? original.weights() : edited, cutoffsUntouched ? original.cutoffs() : cutoffs,
                Optional.ofNullable(bcgUnit.get()), bcgPeriod.get(), Math.max(1, taskCapacity.get()),
                Math.max(1, taskHorizonDays.get()), Math.max(1, winBackWindowDays.get()))
                .withSalesperson(original.salesperson());
    }

    private static Map<KeyAccountCriterion, Double> wholeOf(KeyAccountWeights weights) {
        Map<KeyAccountCriterion, Double> whole = new EnumMap<>(KeyAccountCriterion.class);
        weights.wholePercents().forEach((criterion, value) -> whole.put(criterion, value.doubleValue()));
        return whole;
    }

    public IntegerProperty lapseMonthsProperty() {
        return lapseMonths;
    }

    /** null = the latest date of any stored line. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<RfmWindow> rfmWindowProperty() {
        return rfmWindow;
    }

    public ObjectProperty<ThresholdMethod> rfmMethodProperty() {
        return rfmMethod;
    }

    public IntegerProperty fixedRecencyDaysProperty() {
        return fixedRecencyDays;
    }

    public IntegerProperty fixedOrdersProperty() {
        return fixedOrders;
    }

    /** The fixed M threshold as typed; blank until the user sets one. */
    public StringProperty fixedAmountProperty() {
        return fixedAmount;
    }

    /** The A cut-off in whole percent. */
    public IntegerProperty tierAProperty() {
        return tierA;
    }

    /** The B cut-off in whole percent. */
    public IntegerProperty tierBProperty() {
        return tierB;
    }

    /** A key-account weight in whole percent; the six must add up to 100. */
    public IntegerProperty weightProperty(KeyAccountCriterion criterion) {
        return weights.get(criterion);
    }

    public IntegerProperty strategicProperty() {
        return strategic;
    }

    public IntegerProperty keyProperty() {
        return key;
    }

    /** null = the data's default unit. */
    public ObjectProperty<BcgUnit> bcgUnitProperty() {
        return bcgUnit;
    }

    public ObjectProperty<ComparisonPeriod> bcgPeriodProperty() {
        return bcgPeriod;
    }

    public IntegerProperty taskCapacityProperty() {
        return taskCapacity;
    }

    public IntegerProperty taskHorizonDaysProperty() {
        return taskHorizonDays;
    }

    public IntegerProperty winBackWindowDaysProperty() {
        return winBackWindowDays;
    }
}
