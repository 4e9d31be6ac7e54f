package io.customerlens.analysis.risk;

import io.customerlens.analysis.lapse.RankingScorer;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.task.CancelSignal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learns P(no purchase in the next H months) from the store's own history, out of time (docs/definitions.md,
 * "Lapse-risk model"):
 * <ol>
 *   <li>Training examples are the customers at earlier cut-offs A − H − 1 month, then one month earlier each time
 *   (up to {@value #MAX_TRAINING_CUTOFFS} cut-offs, {@value #MAX_EXAMPLES_PER_CUTOFF} examples from each and
 *   {@value #MAX_EXAMPLES} in all, none earlier than
 *   {@value #MIN_HISTORY_MONTHS} months after the first line): inputs from lines up to each cut-off, the event "no
 *   purchase in the H months after it". The latest cut-off, A − H, calibrates the model's probabilities out of
 *   time. At least {@value #MIN_EXAMPLES_PER_OUTCOME} examples of each outcome on both sides, else nothing is
 *   learned. No outcome reaches past A.</li>
 *   <li>The model is checked at the {@value RankingSelector#VALIDATION_CUTOFFS} cut-offs A − H, A − H − 1 month …
 *   by training it again only on outcomes that ended by each, and comparing its ROC AUC with longest-silent-first.
 *   It is used only when it proves itself as {@link RankingSelector#provenAgainst} says; otherwise the ranking is
 *   recency, with probabilities from a logistic fit on the days since the last purchase alone (the same order).</li>
 * </ol>
 * Pure: the tracks come in, the probabilities go out.
 */
public final class LapseRiskLearning {

    public static final int MAX_TRAINING_CUTOFFS = 12;
    public static final int MAX_EXAMPLES = 40_000;
    /**
     * Examples taken from one cut-off at most (every k-th customer of a larger population, in key order), so that a
     * large store still learns from several cut-offs, i.e. several seasons, within {@link #MAX_EXAMPLES}.
     */
    public static final int MAX_EXAMPLES_PER_CUTOFF = 5_000;
    /** Cut-offs a check's model learns from (six months of seasons). */
    public static final int CHECK_TRAINING_CUTOFFS = 6;
    /** Customers a check's model learns from at each of its cut-offs. */
    public static final int CHECK_EXAMPLES_PER_CUTOFF = 2_500;
    public static final int MIN_HISTORY_MONTHS = 3;
    public static final int RELIABILITY_BINS = 10;
    /** Fewer training examples of either outcome than this, and nothing is learned: a few shops teach no chance. */
    public static final int MIN_EXAMPLES_PER_OUTCOME = 20;

    private final LogisticLearner learner = new LogisticLearner();

    /**
     * @param tracks every customer's lines (lines after {@code asOf} are never read for a probability at it)
     * @param space  the model's input columns
     */
    public LapseRisk learn(List<CustomerTrack> tracks, FeatureSpace space, LocalDate asOf, int horizonMonths) {
        return learn(new CutoffRowCache(tracks, space), asOf, horizonMonths);
    }

    /**
     * The same over cut-offs kept in {@code cutoffs}: a learning for another horizon or date over the same tracks
     * makes only the cut-offs no earlier learning made. The result is the one {@link #learn(List, FeatureSpace,
     * LocalDate, int)} gives.
     */
    public LapseRisk learn(CutoffRowCache cutoffs, LocalDate asOf, int horizonMonths) {
        return learn(cutoffs, asOf, horizonMonths, CancelSignal.NEVER);
    }

    /**
     * The same, stopping with a {@link java.util.concurrent.CancellationException} at the next cut-off, check or fit
     * once {@code cancel} is set: a learning for a window the user has already left (N changed again, a new import)
     * gives its core back at once instead of running its seconds to the end.
     */
    public LapseRisk learn(CutoffRowCache cutoffs, LocalDate asOf, int horizonMonths, CancelSignal cancel) {
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("the horizon must be at least one month: " + horizonMonths);
        }
        List<CustomerTrack> tracks = cutoffs.tracks();
        FeatureSpace space = cutoffs.space();
        Session session = new Session(cutoffs, horizonMonths, cancel);
        session.prepare(asOf);
        // The checks are independent of each other: fitted side by side, then pooled in order.
        List<CheckResult> results = java.util.stream.IntStream.range(0, RankingSelector.VALIDATION_CUTOFFS).parallel()
                .mapToObj(step -> session.check(asOf.minusMonths(horizonMonths + step))).toList();
        List<ValidationCheck> checks = new ArrayList<>();
        Calibration modelCalibration = new Calibration();
        Calibration recencyCalibration = new Calibration();
        for (CheckResult result : results) {
            checks.add(result.check());
            modelCalibration.add(result.modelProbabilities(), result.events());
            recencyCalibration.add(result.recencyProbabilities(), result.events());
        }
        cancel.throwIfCancelled();
        double[] modelAucs = checks.stream().mapToDouble(ValidationCheck::modelAuc).toArray();
        double[] recencyAucs = checks.stream().mapToDouble(ValidationCheck::recencyAuc).toArray();
        Optional<Trained> trained = session.train(asOf, TrainingSize.FULL);
        cancel.throwIfCancelled();
        Optional<LapseRisk.Fallback> fallback;
        if (trained.isEmpty() || checks.stream().filter(ValidationCheck::defined).count() < RankingSelector.MIN_CHECKS) {
            fallback = Optional.of(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
        } else if (!RankingSelector.provenAgainst(modelAucs, recencyAucs)) {
            fallback = Optional.of(LapseRisk.Fallback.NOT_BETTER_THAN_RECENCY);
        } else {
            fallback = Optional.empty();
        }
        LapseRisk.Ranking ranking = fallback.isEmpty() ? LapseRisk.Ranking.MODEL : LapseRisk.Ranking.RECENCY;
        Calibration shown = ranking == LapseRisk.Ranking.MODEL ? modelCalibration : recencyCalibration;
        return new LapseRisk(asOf, horizonMonths, ranking, fallback, checks, modelCalibration.brier(), shown.brier(),
                shown.bins(), trained.map(Trained::cutoffs).orElse(0), trained.map(Trained::examples).orElse(0),
                score(tracks, space, asOf, trained, ranking));
    }

    private static Map<String, CustomerRisk> score(List<CustomerTrack> tracks, FeatureSpace space, LocalDate asOf,
                                                   Optional<Trained> trained, LapseRisk.Ranking ranking) {
        Map<String, CustomerRisk> risks = new HashMap<>(tracks.size() * 2);
        for (CustomerTrack track : tracks) {
            TrackFacts facts = TrackFacts.at(track, asOf);
            if (facts == null) {
                continue;
            }
            double[] row = space.row(track, facts);
            double model = trained.map(models -> models.probability(row)).orElse(Double.NaN);
            double probability = ranking == LapseRisk.Ranking.MODEL ? model
                    : trained.map(models -> models.recency().probability(recencyRow(row))).orElse(Double.NaN);
            List<RiskReason> reasons = trained.map(models -> RiskReasons.of(models.full(), space, row, facts))
                    .orElse(List.of());
            risks.put(track.customerKey(), new CustomerRisk(track.customerKey(), probability, model, facts, reasons));
        }
        return risks;
    }

    /** The one input of the recency-only model: ln(1 + days since the last purchase). */
    static double[] recencyRow(double[] row) {
        return new double[] {row[LapseFeature.LOG_DAYS_SINCE_LAST.ordinal()]};
    }

    /**
     * The full model, its calibration (a logistic fit on its log-odds over the latest cut-off) and the recency-only
     * model. The calibration is increasing wherever the model ranks at all, so it keeps the model's order.
     */
    record Trained(LogisticModel full, LogisticModel calibration, LogisticModel recency, int cutoffs, int examples) {

        /** The model's calibrated probability for an input row. */
        double probability(double[] row) {
            return calibration.probability(new double[] {full.logit(row)});
        }
    }

    /**
     * How much a fit learns from: the model shown learns from up to {@value #MAX_TRAINING_CUTOFFS} cut-offs and
     * {@value #MAX_EXAMPLES_PER_CUTOFF} customers of each; a check, which only has to tell whether the model beats
     * recency, from {@value #CHECK_TRAINING_CUTOFFS} cut-offs and {@value #CHECK_EXAMPLES_PER_CUTOFF} of each.
     */
    enum TrainingSize {
        FULL(MAX_TRAINING_CUTOFFS, MAX_EXAMPLES_PER_CUTOFF),
        CHECK(CHECK_TRAINING_CUTOFFS, CHECK_EXAMPLES_PER_CUTOFF);

        private final int cutoffs;
        private final int perCutoff;

        TrainingSize(int cutoffs, int perCutoff) {
            this.cutoffs = cutoffs;
            this.perCutoff = perCutoff;
        }

        int cutoffs() {
            return cutoffs;
        }

        int perCutoff() {
            return perCutoff;
        }
    }

    /** A check's figures and, for the pooled calibration, its predictions and outcomes. */
    record CheckResult(ValidationCheck check, double[] modelProbabilities, double[] recencyProbabilities,
                       boolean[] events) {

        static CheckResult undefined(ValidationCheck check) {
            return new CheckResult(check, new double[0], new double[0], new boolean[0]);
        }
    }

    /**
     * One learning run: each cut-off's examples are made once and shared by every fit that uses them; their rows
     * come from the cache, shared with other runs over the same tracks.
     */
    private final class Session {
        private final CutoffRowCache cutoffs;
        private final int horizonMonths;
        private final CancelSignal cancel;
        private final LocalDate earliestCutoff;
        private final Map<LocalDate, CutoffExamples> examples = new java.util.concurrent.ConcurrentHashMap<>();

        Session(CutoffRowCache cutoffs, int horizonMonths, CancelSignal cancel) {
            this.cutoffs = cutoffs;
            this.horizonMonths = horizonMonths;
            this.cancel = cancel;
            List<CustomerTrack> tracks = cutoffs.tracks();
            int firstDay = tracks.stream().filter(track -> track.lineCount() > 0).mapToInt(track -> track.day(0))
                    .min().orElse(Integer.MAX_VALUE - 1);
            this.earliestCutoff = firstDay == Integer.MAX_VALUE - 1 ? LocalDate.MAX
                    : LocalDate.ofEpochDay(firstDay).plusMonths(MIN_HISTORY_MONTHS);
        }

        CutoffExamples at(LocalDate cutoff) {
            cancel.throwIfCancelled();
            return examples.computeIfAbsent(cutoff, date -> cutoffs.examples(date, horizonMonths));
        }

        /** Makes the examples of every cut-off a learning at {@code asOf} reads, side by side. */
        void prepare(LocalDate asOf) {
            int deepest = RankingSelector.VALIDATION_CUTOFFS - 1 + horizonMonths + MAX_TRAINING_CUTOFFS;
            java.util.stream.IntStream.rangeClosed(0, deepest).parallel()
                    .mapToObj(step -> asOf.minusMonths(horizonMonths + step))
                    .filter(cutoff -> !cutoff.isBefore(earliestCutoff))
                    .forEach(this::at);
        }

        /**
         * The models learned from outcomes that ended by {@code end}: the full model from the cut-offs before the
         * latest (end − H − 1 month and earlier), then calibrated on the latest cut-off (end − H), whose outcomes it
         * has not seen: the store's own drift (more history, a changing base rate) is corrected on the most recent
         * finished outcomes. The recency-only model is fitted to that latest cut-off too. Empty without
         * {@value #MIN_EXAMPLES_PER_OUTCOME} examples of each outcome on both sides.
         */
        Optional<Trained> train(LocalDate end, TrainingSize size) {
            LocalDate latest = end.minusMonths(horizonMonths);
            if (latest.isBefore(earliestCutoff)) {
                return Optional.empty();
            }
            CutoffExamples calibration = at(latest);
            List<double[]> rowList = new ArrayList<>();
            List<Boolean> eventList = new ArrayList<>();
            int cutoffs = 0;
            for (int step = 1; step <= size.cutoffs(); step++) {
                LocalDate cutoff = end.minusMonths(horizonMonths + step);
                if (cutoff.isBefore(earliestCutoff)) {
                    break;
                }
                CutoffExamples at = at(cutoff);
                int stride = Math.max(1, (at.size() + size.perCutoff() - 1) / size.perCutoff());
                int taken = (at.size() + stride - 1) / stride;
                if (cutoffs > 0 && rowList.size() + taken > MAX_EXAMPLES) {
                    break;
                }
                for (int i = 0; i < at.size(); i += stride) {
                    rowList.add(at.rows[i]);
                    eventList.add(at.events[i]);
                }
                cutoffs++;
            }
            int count = rowList.size();
            double[][] rows = rowList.toArray(double[][]::new);
            boolean[] events = new boolean[count];
            for (int i = 0; i < count; i++) {
                events[i] = eventList.get(i);
            }
            if (!enoughOfBothOutcomes(events) || !enoughOfBothOutcomes(calibration.events)) {
                return Optional.empty();
            }
            cancel.throwIfCancelled();
            LogisticModel full = learner.fit(rows, events);
            double[][] logits = new double[calibration.size()][];
            double[][] recencyRows = new double[calibration.size()][];
            for (int i = 0; i < calibration.size(); i++) {
                logits[i] = new double[] {full.logit(calibration.rows[i])};
                recencyRows[i] = recencyRow(calibration.rows[i]);
            }
            return Optional.of(new Trained(full, nonDecreasing(learner.fit(logits, calibration.events), calibration.events),
                    nonDecreasing(learner.fit(recencyRows, calibration.events), calibration.events), cutoffs + 1,
                    count + calibration.size()));
        }

        CheckResult check(LocalDate cutoff) {
            if (cutoff.isBefore(earliestCutoff)) {
                return CheckResult.undefined(new ValidationCheck(cutoff, 0, Double.NaN, Double.NaN));
            }
            CutoffExamples at = at(cutoff);
            Optional<Trained> trained = at.hasBothOutcomes() ? train(cutoff, TrainingSize.CHECK) : Optional.empty();
            if (trained.isEmpty()) {
                return CheckResult.undefined(new ValidationCheck(cutoff, at.size(), Double.NaN, Double.NaN));
            }
            double[] modelScores = new double[at.size()];
            double[] recencyProbabilities = new double[at.size()];
            for (int i = 0; i < at.size(); i++) {
                modelScores[i] = trained.get().probability(at.rows[i]);
                recencyProbabilities[i] = trained.get().recency().probability(recencyRow(at.rows[i]));
            }
            return new CheckResult(new ValidationCheck(cutoff, at.size(), RankingScorer.auc(modelScores, at.events),
                    RankingScorer.auc(at.daysSinceLast, at.events)), modelScores, recencyProbabilities, at.events);
        }
    }

    /**
     * A one-input fit whose chance falls as its input rises says "longer silent, less risk" (or "the model's risk,
     * less risk"): on data where that input tells nothing it is noise, and it would turn the list's order round.
     * Such a fit becomes a flat chance, the share of events: the same for everyone, which is what the data says.
     */
    static LogisticModel nonDecreasing(LogisticModel fit, boolean[] events) {
        if (fit.weight(0) >= 0) {
            return fit;
        }
        int happened = 0;
        for (boolean outcome : events) {
            happened += outcome ? 1 : 0;
        }
        double share = (double) happened / events.length;
        return new LogisticModel(new double[] {0}, new double[] {1}, new double[] {0}, Math.log(share / (1 - share)));
    }

    private static boolean enoughOfBothOutcomes(boolean[] events) {
        int happened = 0;
        for (boolean outcome : events) {
            happened += outcome ? 1 : 0;
        }
        return happened >= MIN_EXAMPLES_PER_OUTCOME && events.length - happened >= MIN_EXAMPLES_PER_OUTCOME;
    }

    /** Predictions against outcomes pooled over the validation cut-offs: the Brier score and reliability bins. */
    private static final class Calibration {
        private final double[] predicted = new double[RELIABILITY_BINS];
        private final int[] happened = new int[RELIABILITY_BINS];
        private final int[] counts = new int[RELIABILITY_BINS];
        private double squares;
        private int total;

        void add(double[] probabilities, boolean[] events) {
            for (int i = 0; i < probabilities.length; i++) {
                double outcome = events[i] ? 1 : 0;
                squares += (probabilities[i] - outcome) * (probabilities[i] - outcome);
                total++;
                int bin = Math.min(RELIABILITY_BINS - 1, (int) (probabilities[i] * RELIABILITY_BINS));
                predicted[bin] += probabilities[i];
                happened[bin] += events[i] ? 1 : 0;
                counts[bin]++;
            }
        }

        double brier() {
            return total == 0 ? Double.NaN : squares / total;
        }

        List<ReliabilityBin> bins() {
            List<ReliabilityBin> bins = new ArrayList<>();
            for (int bin = 0; bin < RELIABILITY_BINS; bin++) {
                if (counts[bin] > 0) {
                    bins.add(new ReliabilityBin((double) bin / RELIABILITY_BINS, (double) (bin + 1) / RELIABILITY_BINS,
                            counts[bin], predicted[bin] / counts[bin], (double) happened[bin] / counts[bin]));
                }
            }
            return bins;
        }
    }
}
