package io.customerlens.analysis.segments;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static io.customerlens.analysis.segments.SegmentLines.buy;
import static io.customerlens.analysis.segments.SegmentLines.customers;
import static io.customerlens.analysis.segments.SegmentLines.day;
import static io.customerlens.analysis.segments.SegmentLines.giveBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** New-customer cohorts: size, second orders, days to the second order, retention by month. */
class CohortsTest {

    /** mi(A) = Feb 2025: the Nov 2024 cohort is followed for k = 0 … 3, across the year boundary. */
    private static final LocalDate A = day("2025-02-10");

    /*
     * Nov 2024 cohort:
     *  K1: orders K1-1 and K1-2 both on 2024-11-03 (second order the same day: 0 days); K1-3 on 2025-01-05
     *  K2: no order numbers: 2024-11-20, 2024-12-20 (second order after 30 days), 2025-01-10, 2025-02-01
     *  K3: order K3-1 on 11-25 and 11-26 (one order); a return on 12-05 (no order, no purchase): no second order
     *  → 3 customers, 2 with a second order, median of 0 and 30 = 15
     *    retention Nov 3/3, Dec K2 = 1/3, Jan K1 K2 = 2/3, Feb K2 = 1/3
     * Dec 2024 cohort:
     *  L1: 2024-12-31 and 2025-01-01: 1 day, across the year
     *  L2: order L2-1 2024-12-01, L2-2 on A itself, 2025-02-10: 30 + 31 + 10 = 71 days
     *  L3: 2024-12-15, and 2025-02-11 after A (ignored): no second order
     *  → 3 customers, 2 with a second order, median (1 + 71) / 2 = 36
     *    retention Dec 1, Jan L1 = 1/3, Feb L2 = 1/3 (L3's February line is after A)
     * Jan 2025: nobody started, no cohort.
     * Feb 2025 cohort: M1 bought once on 2025-02-03 → 1 customer, none with a second order, median none, [1].
     * Not in any cohort: RET (only a return), LATE (first purchase after A).
     */
    @Test
    void threeSmallCohortsByHand() {
        List<CustomerLines> customers = customers(
                buy("K1", "2024-11-03", "100", "K1-1"), buy("K1", "2024-11-03", "50", "K1-2"),
                buy("K1", "2025-01-05", "80", "K1-3"),
                buy("K2", "2024-11-20", "100"), buy("K2", "2024-12-20", "100"), buy("K2", "2025-01-10", "100"),
                buy("K2", "2025-02-01", "100"),
                buy("K3", "2024-11-25", "100", "K3-1"), buy("K3", "2024-11-26", "40", "K3-1"),
                giveBack("K3", "2024-12-05", "-40", "K3-R"),
                buy("L1", "2024-12-31", "100"), buy("L1", "2025-01-01", "100"),
                buy("L2", "2024-12-01", "100", "L2-1"), buy("L2", "2025-02-10", "100", "L2-2"),
                buy("L3", "2024-12-15", "100"), buy("L3", "2025-02-11", "100"),
                buy("M1", "2025-02-03", "100"),
                giveBack("RET", "2025-01-15", "-100"),
                buy("LATE", "2025-02-12", "100"));

        List<Cohort> cohorts = new Cohorts().of(customers, A);

        assertThat(cohorts).extracting(Cohort::month)
                .containsExactly(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 2));

        Cohort november = cohorts.get(0);
        assertThat(november.customers()).isEqualTo(3);
        assertThat(november.secondOrder()).isEqualTo(2);
        assertThat(november.medianDaysToSecondOrder()).isEqualTo(15.0);
        assertThat(november.retention()).hasSize(4);
        assertRetention(november, 1.0, 1.0 / 3, 2.0 / 3, 1.0 / 3);

        Cohort december = cohorts.get(1);
        assertThat(december.customers()).isEqualTo(3);
        assertThat(december.secondOrder()).isEqualTo(2);
        assertThat(december.medianDaysToSecondOrder()).isEqualTo(36.0);
        assertRetention(december, 1.0, 1.0 / 3, 1.0 / 3);

        Cohort february = cohorts.get(2);
        assertThat(february).isEqualTo(new Cohort(YearMonth.of(2025, 2), 1, 0, null, List.of(1.0)));
    }

    private static void assertRetention(Cohort cohort, double... expected) {
        assertThat(cohort.retention()).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(cohort.retention().get(k)).as("%s k = %d", cohort.month(), k).isCloseTo(expected[k], within(1e-12));
        }
    }

    /*
     * One cohort (Jan 2025) whose members reach a second order after 5, 40 and 9 days, and one who never
     * does: the median is the middle of 5 9 40 = 9, over the 3 who did.
     */
    @Test
    void medianIsOverTheCustomersWithASecondOrder() {
        List<CustomerLines> customers = customers(
                buy("A1", "2025-01-01", "100"), buy("A1", "2025-01-06", "100"),
                buy("A2", "2025-01-02", "100"), buy("A2", "2025-02-11", "100", "X"),
                buy("A3", "2025-01-20", "100"), buy("A3", "2025-01-29", "100"), buy("A3", "2025-02-05", "100"),
                buy("A4", "2025-01-31", "100"));

        Cohort january = new Cohorts().of(customers, day("2025-02-28")).getFirst();

        assertThat(january.customers()).isEqualTo(4);
        assertThat(january.secondOrder()).isEqualTo(3);
        assertThat(january.medianDaysToSecondOrder()).isEqualTo(9.0);
        // Feb: A2 and A3 → 2/4
        assertRetention(january, 1.0, 0.5);
    }

    @Test
    void noCustomersNoCohorts() {
        assertThat(new Cohorts().of(List.of(), A)).isEmpty();
    }
}
