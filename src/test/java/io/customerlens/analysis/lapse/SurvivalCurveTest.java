package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Kaplan–Meier S(t) and the survival ranking S(t + h) / S(t). */
class SurvivalCurveTest {

    private static final double EPS = 1e-12;

    /*
     * Events 1, 2, 2, 4; censored 2, 3 (n = 6). Ties: events before censorings.
     *   t = 1: at risk 6, 1 event  → S = 5/6
     *   t = 2: at risk 5 (the censored 2 is still in), 2 events → S = 5/6 × 3/5 = 1/2
     *          (counting the censored 2 out first would give 5/6 × 2/4 = 5/12)
     *   t = 4: at risk 5 − 2 − 2 (censored 2 and 3 left) = 1, 1 event → S = 0
     */
    @ParameterizedTest(name = "S({0}) = {1}/{2}")
    @CsvSource({
            "0,    1, 1",
            "0.99, 1, 1",
            "1,    5, 6",
            "1.5,  5, 6",
            "2,    1, 2",
            "3,    1, 2",
            "3.99, 1, 2",
            "4,    0, 1",
            "100,  0, 1",
    })
    void kaplanMeierWithTiesAndCensoring(double t, double numerator, double denominator) {
        SurvivalCurve curve = SurvivalCurve.fit(new double[]{4, 2, 1, 2}, new double[]{3, 2});

        assertThat(curve.at(t)).isCloseTo(numerator / denominator, within(EPS));
    }

    /*
     * Events 1, 2, 2, 4; censored 2, 3, 5 (n = 7).
     *   t = 1: 7 at risk → 6/7;  t = 2: 6 at risk, 2 events → 6/7 × 4/6 = 4/7;
     *   t = 4: 6 − 2 − 2 = 2 at risk (4 and the censored 5) → 4/7 × 1/2 = 2/7; flat at 2/7 afterwards.
     */
    private static SurvivalCurve secondSample() {
        return SurvivalCurve.fit(new double[]{1, 2, 2, 4}, new double[]{2, 3, 5});
    }

    @Test
    void curveStaysFlatAfterTheLastEvent() {
        SurvivalCurve curve = secondSample();

        assertThat(curve.at(1)).isCloseTo(6.0 / 7, within(EPS));
        assertThat(curve.at(2)).isCloseTo(4.0 / 7, within(EPS));
        assertThat(curve.at(4)).isCloseTo(2.0 / 7, within(EPS));
        assertThat(curve.at(1000)).isCloseTo(2.0 / 7, within(EPS));
    }

    @Test
    void censoringBeforeTheFirstEventOnlyShrinksTheRiskSet() {
        // events 3, 5; censored 1, 6 (n = 4): t = 3: 3 at risk → 2/3; t = 5: 2 at risk → 2/3 × 1/2 = 1/3
        SurvivalCurve curve = SurvivalCurve.fit(new double[]{5, 3}, new double[]{6, 1});

        assertThat(curve.at(2)).isEqualTo(1.0);
        assertThat(curve.at(3)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(curve.at(5)).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void noEventsMeansNobodyEverBoughtAgain() {
        SurvivalCurve curve = SurvivalCurve.fit(new double[0], new double[]{3, 4});

        assertThat(curve.at(0)).isEqualTo(1.0);
        assertThat(curve.at(50)).isEqualTo(1.0);
    }

    // Score S(t + h) / S(t) on the second sample, times in days (no per-customer scale).
    @ParameterizedTest(name = "silence {0}, horizon {1} → {2}/{3}")
    @CsvSource({
            "0, 1,  6, 7",   // S(1)/S(0) = (6/7)/1
            "1, 1,  2, 3",   // S(2)/S(1) = (4/7)/(6/7)
            "2, 2,  1, 2",   // S(4)/S(2) = (2/7)/(4/7)
            "1, 3,  1, 3",   // S(4)/S(1) = (2/7)/(6/7)
            "4, 1,  1, 1",   // beyond the last event: (2/7)/(2/7) = 1
            "5, 10, 1, 1",
    })
    void survivalScoreIsTheConditionalChanceOfNoPurchase(long silence, long horizon, double numerator, double denominator) {
        SurvivalRanking ranking = new SurvivalRanking(secondSample(), false);

        assertThat(ranking.score(silence, null, horizon)).isCloseTo(numerator / denominator, within(EPS));
    }

    @Test
    void scoreIsOneWhenTheCurveHasReachedZero() {
        // first sample: S(4) = 0 → a silence of 4 or more scores 1; a silence of 3 scores S(4)/S(3) = 0
        SurvivalRanking ranking = new SurvivalRanking(SurvivalCurve.fit(new double[]{1, 2, 2, 4}, new double[]{2, 3}), false);

        assertThat(ranking.score(4, null, 1)).isEqualTo(1.0);
        assertThat(ranking.score(30, null, 5)).isEqualTo(1.0);
        assertThat(ranking.score(3, null, 1)).isEqualTo(0.0);
    }

    @Test
    void perCustomerScaleMeasuresTimeInTypicalIntervals() {
        // typical 2: silence 2 days = 1 interval, horizon 2 days = 1 → S(2)/S(1) = 2/3 (in days it is S(4)/S(2) = 1/2)
        assertThat(new SurvivalRanking(secondSample(), true).score(2, 2.0, 2)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(new SurvivalRanking(secondSample(), false).score(2, 2.0, 2)).isCloseTo(1.0 / 2, within(EPS));
        // unknown cadence, or a typical interval below 1 day, falls back to days
        assertThat(new SurvivalRanking(secondSample(), true).score(2, null, 2)).isCloseTo(1.0 / 2, within(EPS));
        assertThat(new SurvivalRanking(secondSample(), true).score(2, 0.5, 2)).isCloseTo(1.0 / 2, within(EPS));
    }

    /*
     * As-of 2024-01-10.
     *   X: Jan 1, 2, 4 → intervals 1, 2; open silence 6
     *   Y: Jan 2, 4, 8 → intervals 2, 4; open silence 2
     *   Z: Jan 7       → open silence 3
     * Events 1 2 2 4, censored 6 2 3 (n = 7): S(1) = 6/7, S(2) = 4/7, S(4) = 2/7 (at risk at 4: the 4 and the 6).
     */
    @Test
    void survivalFitUsesFinishedIntervalsAsEventsAndOpenSilencesAsCensored() {
        List<PurchaseHistory> known = List.of(
                history("X", "2024-01-01", "2024-01-02", "2024-01-04"),
                history("Y", "2024-01-02", "2024-01-04", "2024-01-08"),
                history("Z", "2024-01-07"));
        LocalDate asOf = day("2024-01-10");

        RiskRanking days = new RankingFit.Survival(false).fit(known, Map.of(), asOf);

        assertThat(days).isInstanceOf(SurvivalRanking.class);
        assertThat(days.score(1, null, 1)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(days.score(2, null, 2)).isCloseTo(1.0 / 2, within(EPS));
        assertThat(days.score(0, null, 4)).isCloseTo(2.0 / 7, within(EPS));

        // Per customer, everyone typical 2: events 0.5 1 1 2, censored 3 1 1.5 →
        //   t = 0.5: 7 at risk → 6/7;  t = 1: 6 at risk, 2 events → 4/7;  t = 2: 6 − 2 − 2 = 2 at risk → 2/7
        Cadence two = new Cadence(3, 2.0, 2.0, false);
        RiskRanking scaled = new RankingFit.Survival(true).fit(known, Map.of("X", two, "Y", two, "Z", two), asOf);
        // silence 1 day = 0.5, horizon 1 day = 0.5 → S(1)/S(0.5) = (4/7)/(6/7) = 2/3
        assertThat(scaled.score(1, 2.0, 1)).isCloseTo(2.0 / 3, within(EPS));
        // silence 2 days = 1, horizon 2 days = 1 → S(2)/S(1) = (2/7)/(4/7) = 1/2
        assertThat(scaled.score(2, 2.0, 2)).isCloseTo(1.0 / 2, within(EPS));
    }
}
