package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.history;
import static io.customerlens.analysis.lapse.LapseFixtures.mi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Restock cadence, next due date, overdue days and the at-risk rule. */
class CadenceTest {

    private static final LocalDate START = day("2024-01-01");
    private final CadenceEstimator estimator = new CadenceEstimator();

    /** Purchase days 2024-01-01 and then after each of the given intervals (days). */
    private static PurchaseHistory withIntervals(String key, int... intervals) {
        List<String> days = new ArrayList<>();
        LocalDate d = START;
        days.add(d.toString());
        for (int interval : intervals) {
            d = d.plusDays(interval);
            days.add(d.toString());
        }
        return history(key, days.toArray(String[]::new));
    }

    private static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    @ParameterizedTest(name = "intervals {0} → median {1}")
    @CsvSource({
            "10 30 20,         20",   // odd: sorted 10 20 30
            "10 40 20 30,      25",   // even: (20 + 30) / 2
            "10 10 200 10 12,  10",   // one outlier: sorted 10 10 10 12 200 (the mean would be 48.4)
            "7 7 7,            7",
            "1 2 3 100 1000 5, 4",    // sorted 1 2 3 5 100 1000 → (3 + 5) / 2
    })
    void ownCadenceIsTheMedianInterval(String intervals, double median) {
        Cadence cadence = estimator.estimate(List.of(withIntervals("C", ints(intervals))), key -> null).get("C");

        assertThat(cadence.intervals()).isEqualTo(ints(intervals).length);
        assertThat(cadence.ownMedianDays()).isEqualTo(median);
        assertThat(cadence.typicalDays()).isEqualTo(median);
        assertThat(cadence.borrowed()).isFalse();
    }

    /*
     * Settled (≥ 3 intervals): X1..X5 of type X with medians 10, 10, 20, 30, 30 → prior of X = 20;
     * Y1 of type Y with median 100 (only 1 settled Y, below 5). All settled: 10 10 20 30 30 100 → (20 + 30)/2 = 25.
     *   X0 (X, no interval)      → 20                       (n = 0: the prior whole)
     *   XA (X, [50])             → (50 + 2·20) / 3 = 30      (n = 1)
     *   XB (X, [8, 12]; own 10)  → (2·10 + 20) / 3 = 40/3    (n = 2)
     *   Y0 (Y, none)             → 25 (Y has fewer than 5 settled: all settled)
     *   G0 (no type, none)       → 25
     *   ZA (Z, [40])             → (40 + 2·25) / 3 = 30
     */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("X1", "X"), Map.entry("X2", "X"), Map.entry("X3", "X"), Map.entry("X4", "X"), Map.entry("X5", "X"),
            Map.entry("Y1", "Y"), Map.entry("X0", "X"), Map.entry("XA", "X"), Map.entry("XB", "X"),
            Map.entry("Y0", "Y"), Map.entry("ZA", "Z"));

    private static List<PurchaseHistory> typedPopulation(boolean withX3) {
        List<PurchaseHistory> histories = new ArrayList<>(List.of(
                withIntervals("X1", 10, 10, 10),
                withIntervals("X2", 9, 10, 11),
                withIntervals("X4", 30, 30, 30),
                withIntervals("X5", 25, 30, 90),
                withIntervals("Y1", 100, 100, 100),
                withIntervals("X0"),
                withIntervals("XA", 50),
                withIntervals("XB", 8, 12),
                withIntervals("Y0"),
                withIntervals("G0"),
                withIntervals("ZA", 40)));
        if (withX3) {
            histories.add(withIntervals("X3", 20, 20, 20));
        }
        return histories;
    }

    @Test
    void fewIntervalsAreBlendedWithThePriorOfTheSameType() {
        Map<String, Cadence> cadences = estimator.estimate(typedPopulation(true), TYPES::get);

        assertThat(cadences.get("X0")).isEqualTo(new Cadence(0, null, 20.0, true));
        assertThat(cadences.get("XA").typicalDays()).isCloseTo(30.0, within(1e-9));
        assertThat(cadences.get("XA").ownMedianDays()).isEqualTo(50.0);
        assertThat(cadences.get("XA").borrowed()).isTrue();
        assertThat(cadences.get("XB").typicalDays()).isCloseTo(40.0 / 3, within(1e-9));
        assertThat(cadences.get("XB").ownMedianDays()).isEqualTo(10.0);
        assertThat(cadences.get("Y0").typicalDays()).isEqualTo(25.0);
        assertThat(cadences.get("G0").typicalDays()).isEqualTo(25.0);
        assertThat(cadences.get("ZA").typicalDays()).isCloseTo(30.0, within(1e-9));
        // settled customers keep their own median, whatever the prior
        assertThat(cadences.get("X5")).isEqualTo(new Cadence(3, 30.0, 30.0, false));
        assertThat(cadences.get("Y1")).isEqualTo(new Cadence(3, 100.0, 100.0, false));
    }

    @Test
    void fourSettledOfATypeAreTooFewAndTheTypeTakesThePriorOfAll() {
        // without X3: settled X 10 10 30 30 (4 < 5); all settled 10 10 30 30 100 → 30
        //   X0 → 30;  XA → (50 + 2·30) / 3 = 110/3
        Map<String, Cadence> cadences = estimator.estimate(typedPopulation(false), TYPES::get);

        assertThat(cadences.get("X0").typicalDays()).isEqualTo(30.0);
        assertThat(cadences.get("XA").typicalDays()).isCloseTo(110.0 / 3, within(1e-9));
    }

    @Test
    void priorComesFromSettledCustomersBeforeAllIntervals() {
        // settled S [10 10 10] → prior 10; U1, U2 add 100 100 100 100, so every interval's median would be 100
        Map<String, Cadence> cadences = estimator.estimate(List.of(
                withIntervals("S", 10, 10, 10),
                withIntervals("U1", 100, 100),
                withIntervals("U2", 100, 100),
                withIntervals("N")), key -> null);

        assertThat(cadences.get("N").typicalDays()).isEqualTo(10.0);
        // U1: own 100, (2·100 + 10) / 3 = 70
        assertThat(cadences.get("U1").typicalDays()).isCloseTo(70.0, within(1e-9));
    }

    @Test
    void withoutSettledCustomersThePriorIsTheMedianOfAllIntervals() {
        // intervals in the data: 10 | 20 60 → sorted 10 20 60 → 20
        //   C (none) → 20;  A [10] → (10 + 2·20) / 3 = 50/3;  B [20 60], own 40 → (2·40 + 20) / 3 = 100/3
        Map<String, Cadence> cadences = estimator.estimate(List.of(
                withIntervals("A", 10),
                withIntervals("B", 20, 60),
                withIntervals("C")), key -> null);

        assertThat(cadences.get("C").typicalDays()).isEqualTo(20.0);
        assertThat(cadences.get("A").typicalDays()).isCloseTo(50.0 / 3, within(1e-9));
        assertThat(cadences.get("B").typicalDays()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(cadences.get("B").ownMedianDays()).isEqualTo(40.0);
    }

    @Test
    void withoutAnyIntervalTheCadenceIsUnknown() {
        Map<String, Cadence> cadences = estimator.estimate(List.of(withIntervals("A"), withIntervals("B")), key -> null);

        assertThat(cadences.get("A")).isEqualTo(Cadence.UNKNOWN);
        assertThat(cadences.get("A").isKnown()).isFalse();
        assertThat(cadences.get("A").nextDue(START)).isEmpty();
    }

    @ParameterizedTest(name = "typical {0} days after {1} → due {2}")
    @CsvSource({
            "10,        2024-01-31, 2024-02-10",
            "12.5,      2024-01-01, 2024-01-14",   // rounded half up to 13
            "13.333333, 2024-02-20, 2024-03-04",   // 13 days, across Feb 29 2024
            "30,        2023-12-15, 2024-01-14",
    })
    void nextDueIsLastPurchasePlusTheTypicalIntervalRounded(double typical, String last, String due) {
        assertThat(new Cadence(3, typical, typical, false).nextDue(day(last))).contains(day(due));
    }

    @Test
    void overdueDaysCountFromTheDueDate() {
        // days Jan 1, Jan 11, Jan 21, Feb 10: intervals 10 10 20, median 10; last purchase Feb 10
        PurchaseHistory h = withIntervals("C", 10, 10, 20);
        CustomerLapse on17 = LapseFixtures.analyseOne(h, day("2024-02-27"), 3);
        CustomerLapse on15 = LapseFixtures.analyseOne(h, day("2024-02-15"), 3);

        // due Feb 10 + 10 = Feb 20; Feb 27 is 7 days past it, Feb 15 is 5 days before it
        assertThat(on17.nextDue()).contains(day("2024-02-20"));
        assertThat(on17.overdueDays()).isEqualTo(OptionalLong.of(7));
        assertThat(on15.overdueDays()).isEqualTo(OptionalLong.of(-5));
        // 7 days overdue with typical 10: max(7, 5) = 7 → at risk; 5 days before due → ok
        assertThat(on17.risk()).isEqualTo(RiskLevel.AT_RISK);
        assertThat(on15.risk()).isEqualTo(RiskLevel.OK);
    }

    // At risk ⇔ not lapsed and overdue ≥ max(7, typical / 2). Last purchase 2024-03-01, N = 3, so never lapsed here.
    @ParameterizedTest(name = "typical {0}, overdue {1} → {2}")
    @CsvSource({
            "10, 7,  AT_RISK",   // max(7, 5) = 7
            "10, 6,  OK",
            "14, 7,  AT_RISK",   // max(7, 7) = 7
            "14, 6,  OK",
            "15, 7,  OK",        // max(7, 7.5) = 7.5
            "15, 8,  AT_RISK",
            "40, 20, AT_RISK",   // max(7, 20) = 20
            "40, 19, OK",
            "40, -5, OK",        // not yet due
            "2,  7,  AT_RISK",   // max(7, 1) = 7
            "2,  6,  OK",
    })
    void atRiskRule(double typical, long overdue, RiskLevel expected) {
        LocalDate last = day("2024-03-01");
        LocalDate asOf = last.plusDays(Math.round(typical) + overdue);
        PurchaseHistory h = history("C", last.toString());
        CustomerLapse customer = new CustomerLapse(h, asOf, LapseWindow.DEFAULT, Gaps.of(h, mi(asOf.getYear(), asOf.getMonthValue())),
                new Cadence(3, typical, typical, false), RiskLevel.OK, 0);

        assertThat(customer.overdueDays()).isEqualTo(OptionalLong.of(overdue));
        assertThat(customer.lapsed()).isFalse();
        assertThat(LapseAnalysis.riskOf(customer)).isEqualTo(expected);
    }

    @Test
    void lapsedWinsOverAtRiskAndUnknownCadenceIsOk() {
        PurchaseHistory h = history("C", "2024-01-10");
        LocalDate asOf = day("2024-06-01"); // idle 5 ≥ 3
        CustomerLapse lapsed = new CustomerLapse(h, asOf, LapseWindow.DEFAULT, Gaps.of(h, mi(2024, 6)),
                new Cadence(3, 10.0, 10.0, false), RiskLevel.OK, 0);
        CustomerLapse unknown = new CustomerLapse(h, day("2024-03-01"), LapseWindow.DEFAULT, Gaps.of(h, mi(2024, 3)),
                Cadence.UNKNOWN, RiskLevel.OK, 0);

        assertThat(LapseAnalysis.riskOf(lapsed)).isEqualTo(RiskLevel.LAPSED);
        assertThat(unknown.overdueDays()).isEmpty();
        assertThat(LapseAnalysis.riskOf(unknown)).isEqualTo(RiskLevel.OK);
    }
}
