package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The population at one cut-off C and their input rows, the part of a cut-off's examples that does not depend on
 * the horizon: every customer with a purchase in the {@value #POPULATION_MONTHS} months up to C (after C − 12
 * months, on or before C), their inputs from lines up to C only and their days since the last purchase. The
 * population is the backtest's (docs/definitions.md, "Backtest"). Made once per cut-off and shared by the
 * learnings of every horizon ({@link CutoffRowCache}).
 */
final class CutoffRows {

    static final int POPULATION_MONTHS = 12;

    final LocalDate cutoff;
    final int[] tracks;
    final double[][] rows;
    final double[] daysSinceLast;

    private CutoffRows(LocalDate cutoff, int[] tracks, double[][] rows, double[] daysSinceLast) {
        this.cutoff = cutoff;
        this.tracks = tracks;
        this.rows = rows;
        this.daysSinceLast = daysSinceLast;
    }

    static CutoffRows at(List<CustomerTrack> tracks, FeatureSpace space, LocalDate cutoff) {
        int day = Math.toIntExact(cutoff.toEpochDay());
        int populationStart = Math.toIntExact(cutoff.minusMonths(POPULATION_MONTHS).toEpochDay());
        List<Integer> members = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        for (int index = 0; index < tracks.size(); index++) {
            CustomerTrack track = tracks.get(index);
            TrackFacts facts = TrackFacts.at(track, cutoff);
            if (facts == null || day - facts.daysSinceLast() <= populationStart) {
                continue;
            }
            members.add(index);
            rows.add(space.row(track, facts));
            days.add((double) facts.daysSinceLast());
        }
        return new CutoffRows(cutoff, members.stream().mapToInt(Integer::intValue).toArray(),
                rows.toArray(double[][]::new), days.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int size() {
        return rows.length;
    }
}
