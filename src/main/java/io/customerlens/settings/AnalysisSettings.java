package io.customerlens.settings;

import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.analysis.segments.TierCutoffs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The one set of analysis choices every page, the customer card, the printouts and task generation use, so a
 * customer has the same lapse, segment, tier and risk everywhere. The defaults are the documented ones
 * (docs/definitions.md); the values are the analyses' own option types.
 *
 * @param lapseWindow       the window N of "lapsed (N)"
 * @param asOf              empty = the latest date of any stored line
 * @param rfm               RFM window, threshold method and (with the fixed method) the fixed thresholds
 * @param tiers             value-tier cut-offs A / B
 * @param weights           key-account weights, percentages summing to 100
 * @param cutoffs           key-account tier cut-offs, scores 0–100
 * @param bcgUnit           empty = the data's default unit (sub-category, else category, else product)
 * @param bcgPeriod         the BCG matrix's comparison period (a shorter one when the history does not fill it)
 * @param taskCapacity      follow-up tasks a day, at least 1
 * @param taskHorizonDays   working days task generation fills, at least 1
 * @param winBackWindowDays days after a call within which a purchase counts as won back, at least 1
 * @param salesperson       the one salesperson whose customers every figure covers; empty = every salesperson the
 *                          store holds (a manager's whole team, docs/decisions/0021)
 */
public record AnalysisSettings(LapseWindow lapseWindow, Optional<LocalDate> asOf, RfmOptions rfm, TierCutoffs tiers,
                               KeyAccountWeights weights, KeyAccountCutoffs cutoffs, Optional<BcgUnit> bcgUnit,
                               ComparisonPeriod bcgPeriod, int taskCapacity, int taskHorizonDays,
                               int winBackWindowDays, Optional<String> salesperson) {

    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(LapseWindow.DEFAULT, Optional.empty(),
            RfmOptions.DEFAULT, TierCutoffs.DEFAULT, KeyAccountWeights.DEFAULT, KeyAccountCutoffs.DEFAULT,
            Optional.empty(), ComparisonPeriod.LAST_12_MONTHS, GenerationOptions.DEFAULT_CAPACITY,
            GenerationOptions.DEFAULT_HORIZON_DAYS, EffectReport.DEFAULT_WINDOW_DAYS, Optional.empty());

    public AnalysisSettings {
        Objects.requireNonNull(lapseWindow, "lapseWindow");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(cutoffs, "cutoffs");
        Objects.requireNonNull(bcgUnit, "bcgUnit");
        Objects.requireNonNull(bcgPeriod, "bcgPeriod");
        salesperson = Objects.requireNonNull(salesperson, "salesperson").filter(name -> !name.isBlank());
        if (taskCapacity < 1 || taskHorizonDays < 1 || winBackWindowDays < 1) {
            throw new IllegalArgumentException("capacity, horizon and win-back window must be at least 1");
        }
    }

    /** The choices for every salesperson's customers. */
    public AnalysisSettings(LapseWindow lapseWindow, Optional<LocalDate> asOf, RfmOptions rfm, TierCutoffs tiers,
                            KeyAccountWeights weights, KeyAccountCutoffs cutoffs, Optional<BcgUnit> bcgUnit,
                            ComparisonPeriod bcgPeriod, int taskCapacity, int taskHorizonDays, int winBackWindowDays) {
        this(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity, taskHorizonDays,
                winBackWindowDays, Optional.empty());
    }

    public AnalysisSettings withLapseWindow(LapseWindow next) {
        return new AnalysisSettings(next, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withAsOf(Optional<LocalDate> next) {
        return new AnalysisSettings(lapseWindow, next, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withRfm(RfmOptions next) {
        return new AnalysisSettings(lapseWindow, asOf, next, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withTiers(TierCutoffs next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, next, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withWeights(KeyAccountWeights next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, next, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withCutoffs(KeyAccountCutoffs next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, next, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withBcgUnit(Optional<BcgUnit> next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, next, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withBcgPeriod(ComparisonPeriod next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, next, taskCapacity,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withTaskCapacity(int next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, next,
                taskHorizonDays, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withTaskHorizonDays(int next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                next, winBackWindowDays, salesperson);
    }

    public AnalysisSettings withWinBackWindowDays(int next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, next, salesperson);
    }

    public AnalysisSettings withSalesperson(Optional<String> next) {
        return new AnalysisSettings(lapseWindow, asOf, rfm, tiers, weights, cutoffs, bcgUnit, bcgPeriod, taskCapacity,
                taskHorizonDays, winBackWindowDays, next);
    }
}
