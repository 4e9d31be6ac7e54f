package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples at one cut-off C: every customer with a purchase in the {@value #POPULATION_MONTHS} months up to C
 * (after C − 12 months, on or before C), their input rows from lines up to C only, their days since the last
 * purchase, and whether they bought nothing after C and on or before C + H months (the event). The population is
 * the backtest's (docs/definitions.md, "Backtest").
 */
final class CutoffExamples {

    static final int POPULATION_MONTHS = 12;

    final LocalDate cutoff;
    final int[] tracks;
    final double[][] rows;
    final double[] daysSinceLast;
    final boolean[] events;

    private CutoffExamples(LocalDate cutoff, int[] tracks, double[][] rows, double[] daysSinceLast, boolean[] events) {
        this.cutoff = cutoff;
        this.tracks = tracks;
        this.rows = rows;
        this.daysSinceLast = daysSinceLast;
        this.events = events;
    }

    static CutoffExamples at(List<CustomerTrack> tracks, FeatureSpace space, LocalDate cutoff, int horizonMonths) {
        int day = Math.toIntExact(cutoff.toEpochDay());
        int populationStart = Math.toIntExact(cutoff.minusMonths(POPULATION_MONTHS).toEpochDay());
        int horizonEnd = Math.toIntExact(cutoff.plusMonths(horizonMonths).toEpochDay());
        List<Integer> members = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> days = new ArrayList<>();
        List<Boolean> events = new ArrayList<>();
        for (int index = 0; index < tracks.size(); index++) {
            CustomerTrack track = tracks.get(index);
            TrackFacts facts = TrackFacts.at(track, cutoff);
            if (facts == null || day - facts.daysSinceLast() <= populationStart) {
                continue;
            }
            members.add(index);
            rows.add(space.row(track, facts));
            days.add((double) facts.daysSinceLast());
            events.add(!track.boughtBetween(day, horizonEnd));
        }
        boolean[] outcome = new boolean[events.size()];
        for (int i = 0; i < outcome.length; i++) {
            outcome[i] = events.get(i);
        }
        return new CutoffExamples(cutoff, members.stream().mapToInt(Integer::intValue).toArray(),
                rows.toArray(double[][]::new), days.stream().mapToDouble(Double::doubleValue).toArray(), outcome);
    }

    int size() {
        return rows.length;
    }

    boolean hasBothOutcomes() {
        boolean event = false;
        boolean other = false;
        for (boolean outcome : events) {
            event |= outcome;
            other |= !outcome;
        }
        return event && other;
    }
}
