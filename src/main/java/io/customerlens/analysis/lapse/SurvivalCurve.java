package io.customerlens.analysis.lapse;

import java.util.Arrays;

/**
 * The Kaplan–Meier estimate of S(t) = P(the next purchase comes later than t) from finished intervals
 * (events) and still-open silences (censored: the customer had not bought again by the as-of date).
 * Counting the open silences is what lets customers who stopped for good pull the curve up.
 */
public final class SurvivalCurve {

    private final double[] times;
    private final double[] survival;

    private SurvivalCurve(double[] times, double[] survival) {
        this.times = times;
        this.survival = survival;
    }

    public static SurvivalCurve fit(double[] events, double[] censored) {
        double[] sortedEvents = events.clone();
        double[] sortedCensored = censored.clone();
        Arrays.sort(sortedEvents);
        Arrays.sort(sortedCensored);
        int n = events.length + censored.length;
        double[] times = new double[sortedEvents.length];
        double[] survival = new double[sortedEvents.length];
        int steps = 0;
        double s = 1.0;
        int e = 0;
        int c = 0;
        int atRisk = n;
        while (e < sortedEvents.length) {
            double t = sortedEvents[e];
            // Silences that ended before t left the risk set without an event (ties: events first).
            while (c < sortedCensored.length && sortedCensored[c] < t) {
                c++;
                atRisk--;
            }
            int deaths = 0;
            while (e < sortedEvents.length && sortedEvents[e] == t) {
                deaths++;
                e++;
            }
            s *= 1.0 - (double) deaths / atRisk;
            atRisk -= deaths;
            times[steps] = t;
            survival[steps] = s;
            steps++;
        }
        return new SurvivalCurve(Arrays.copyOf(times, steps), Arrays.copyOf(survival, steps));
    }

    /** S(t): 1 before the first event, then the product-limit estimate, flat after the last event. */
    public double at(double t) {
        int index = Arrays.binarySearch(times, t);
        int last = index >= 0 ? index : -index - 2;
        return last < 0 ? 1.0 : survival[last];
    }
}
