package io.customerlens.service.lapse;

import java.time.LocalDate;
import java.util.Set;

/**
 * The headline figures for Home, for the window N. Each figure is the size of its set of customers, so a figure and
 * the list it opens are the same customers.
 *
 * @param newlyLapsedKeys lapsed now but not at {@code since}
 * @param wonBackKeys     lapsed at {@code since} and not now
 * @param since           the reference date: the as-of date before the latest import, else a month before
 */
public record LapseHeadline(long customers, Set<String> lapsedKeys, Set<String> newlyLapsedKeys,
                            Set<String> atRiskKeys, Set<String> wonBackKeys, LocalDate since,
                            boolean sincePreviousImport) {

    public LapseHeadline {
        lapsedKeys = Set.copyOf(lapsedKeys);
        newlyLapsedKeys = Set.copyOf(newlyLapsedKeys);
        atRiskKeys = Set.copyOf(atRiskKeys);
        wonBackKeys = Set.copyOf(wonBackKeys);
    }

    /** Nothing to tell: an empty store. */
    static LapseHeadline none() {
        return new LapseHeadline(0, Set.of(), Set.of(), Set.of(), Set.of(), null, false);
    }

    public long lapsed() {
        return lapsedKeys.size();
    }

    public long newlyLapsed() {
        return newlyLapsedKeys.size();
    }

    public long atRisk() {
        return atRiskKeys.size();
    }

    public long wonBack() {
        return wonBackKeys.size();
    }
}
