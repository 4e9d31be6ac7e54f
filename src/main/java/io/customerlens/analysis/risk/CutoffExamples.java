package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The examples at one cut-off C for a horizon of H months: the population and inputs of {@link CutoffRows}, and
 * whether each customer bought nothing after C and on or before C + H months (the event).
 */
final class CutoffExamples {

    final LocalDate cutoff;
    final int[] tracks;
    final double[][] rows;
    final double[] daysSinceLast;
    final boolean[] events;

    private CutoffExamples(CutoffRows population, boolean[] events) {
        this.cutoff = population.cutoff;
        this.tracks = population.tracks;
        this.rows = population.rows;
        this.daysSinceLast = population.daysSinceLast;
        this.events = events;
    }

    static CutoffExamples of(CutoffRows population, List<CustomerTrack> tracks, int horizonMonths) {
        int day = Math.toIntExact(population.cutoff.toEpochDay());
        int horizonEnd = Math.toIntExact(population.cutoff.plusMonths(horizonMonths).toEpochDay());
        boolean[] events = new boolean[population.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = !tracks.get(population.tracks[i]).boughtBetween(day, horizonEnd);
        }
        return new CutoffExamples(population, events);
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
