package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every cut-off's population and input rows over one set of tracks, made once and kept: a learning for another
 * horizon (the lapse window N changed) or another as-of date reads the cut-offs it shares with an earlier one
 * instead of making them again; only the outcomes, which depend on the horizon, are new. Safe for the parallel
 * checks of one learning and for learnings side by side. Keep one per snapshot of the tracks.
 */
public final class CutoffRowCache {

    private final List<CustomerTrack> tracks;
    private final FeatureSpace space;
    private final Map<LocalDate, CutoffRows> byCutoff = new ConcurrentHashMap<>();

    public CutoffRowCache(List<CustomerTrack> tracks, FeatureSpace space) {
        this.tracks = List.copyOf(tracks);
        this.space = space;
    }

    List<CustomerTrack> tracks() {
        return tracks;
    }

    FeatureSpace space() {
        return space;
    }

    CutoffRows at(LocalDate cutoff) {
        return byCutoff.computeIfAbsent(cutoff, date -> CutoffRows.at(tracks, space, date));
    }

    /** The examples at {@code cutoff} for a horizon: the shared rows with the outcome "nothing bought in H months". */
    CutoffExamples examples(LocalDate cutoff, int horizonMonths) {
        return CutoffExamples.of(at(cutoff), tracks, horizonMonths);
    }
}
