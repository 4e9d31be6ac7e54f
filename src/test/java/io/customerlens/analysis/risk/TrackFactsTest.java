package io.customerlens.analysis.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every field of TrackFacts at several cut-offs of one hand-made track, computed by hand. */
class TrackFactsTest {

    private static final double EPS = 1e-9;

    private static int day(String date) {
        return Math.toIntExact(LocalDate.parse(date).toEpochDay());
    }

    /*
     * The track (date, amount, purchase?, order key, product, category):
     *   L1 2023-01-10   100  buy  O1          p0 c0
     *   L2 2023-03-15    50  buy  O2          p1 c0   } two lines of one order on one day
     *   L3 2023-03-15    30  buy  O2          p2 c1   }
     *   L4 2023-06-01   −20  ret  R1          p1 c0   a return: no order, no purchase day
     *   L5 2023-09-20    80  buy  "2023-09-20" p0 c0   no order number: the day is the order key
     *   L6 2024-01-05    60  buy  O4          p2 c1
     *   L7 2024-02-20   −10  ret  R2          p2 c1
     *   L8 2024-04-10   120  buy  O5          p0 c0   } two orders on one day: one purchase day, two orders
     *   L9 2024-04-10    25  buy  "2024-04-10" p4 c2   }
     * Purchase days: Jan 10, Mar 15, Sep 20 2023; Jan 5, Apr 10 2024. Intervals between them:
     *   Jan 10 → Mar 15 2023: 21 + 28 + 15           = 64
     *   Mar 15 → Sep 20:      16 + 30 + 31 + 30 + 31 + 31 + 20 = 189
     *   Sep 20 → Jan 5 2024:  10 + 31 + 30 + 31 + 5  = 107
     *   Jan 5 → Apr 10 2024:  26 + 29 + 31 + 10      = 96
     * Purchased, all history: 100 + 50 + 30 + 80 + 60 = 320 by Jan 2024, + 145 on Apr 10 2024 = 465.
     */
    private static CustomerTrack track() {
        return CustomerTrack.builder("C1", List.of())
                .add(day("2023-01-10"), 100, true, "O1", 0, 0)
                .add(day("2023-03-15"), 50, true, "O2", 1, 0)
                .add(day("2023-03-15"), 30, true, "O2", 2, 1)
                .add(day("2023-06-01"), -20, false, "R1", 1, 0)
                .add(day("2023-09-20"), 80, true, "2023-09-20", 0, 0)
                .add(day("2024-01-05"), 60, true, "O4", 2, 1)
                .add(day("2024-02-20"), -10, false, "R2", 2, 1)
                .add(day("2024-04-10"), 120, true, "O5", 0, 0)
                .add(day("2024-04-10"), 25, true, "2024-04-10", 4, 2)
                .build();
    }

    /** Population sd ÷ mean of 64, 189, 107: mean 120, deviations −56, 69, −13 → squares 3136 + 4761 + 169 = 8066. */
    private static final double SPREAD_3 = Math.sqrt(8066.0 / 3) / 120;
    /** Of 64, 189, 107, 96: mean 114, deviations −50, 75, −7, −18 → squares 2500 + 5625 + 49 + 324 = 8498. */
    private static final double SPREAD_4 = Math.sqrt(8498.0 / 4) / 114;

    static Stream<Arguments> cutoffs() {
        return Stream.of(
                /*
                 * 2023-01-10, the first purchase day itself: silent 0, one purchase day (no interval: NaN, spread 0),
                 * tenure 0; everything is in both windows; products {p0}, categories {c0}; months {Jan 2023}.
                 */
                Arguments.of("2023-01-10", new TrackFacts(0, 1, 1, 1, 1, 1, 0, 0, Double.NaN, 0,
                        100, 100, 0, 100, 0, 100, 1, 1, 1, 1)),
                /*
                 * 2023-06-30: lines L1–L4. Silent Mar 15 → Jun 30 = 16 + 30 + 31 + 30 = 107. Purchase days 2, orders
                 * O1, O2 = 2 (O2's two lines count once). Tenure 64 + 107 = 171. One interval: 64, spread 0.
                 * Last 182 days: after Jun 30 − 182 = 2022-12-30 → everything recent: orders 2 | 0.
                 * Net 100 + 50 + 30 − 20 = 160 (all recent), purchased 180, returned 20, average order 180 / 2 = 90.
                 * Products {p0, p1, p2} = 3 (the return's p1 adds nothing), categories {c0, c1} = 2.
                 * Months: Jan, Mar 2023 = 2 (the return's June is no purchase).
                 */
                Arguments.of("2023-06-30", new TrackFacts(107, 2, 2, 2, 2, 2, 0, 171, 64, 0,
                        160, 160, 0, 180, 20, 90, 3, 2, 2, 6)),
                /*
                 * 2024-01-10: lines L1–L6. Silent 5. Purchase days 4; the year window is after 2024-01-10 − 365 =
                 * 2023-01-10, so L1 (exactly 365 days before) is out: purchase days 12 = 3, orders 4, orders 12 = 3
                 * (O2, "2023-09-20", O4). Half year: after 2024-01-10 − 182 = 2023-07-12: L5, L6 → orders 2 | 1 (O2).
                 * Tenure 365. Intervals 64, 189, 107 → median 107, spread SPREAD_3.
                 * Net 12: 50 + 30 − 20 + 80 + 60 = 200; last 6: 80 + 60 = 140; previous 60. Purchased 220, returned 20.
                 * Average order 320 / 4 = 80. Products {p0, p2} = 2, categories {c0, c1} = 2.
                 * Months (Jan 2024 and 11 before, Feb 2023 – Jan 2024): Mar, Sep 2023, Jan 2024 = 3.
                 */
                Arguments.of("2024-01-10", new TrackFacts(5, 4, 3, 4, 3, 2, 1, 365, 107, SPREAD_3,
                        200, 140, 60, 220, 20, 80, 2, 2, 3, 1)),
                /*
                 * 2024-03-31: lines L1–L7. Silent Jan 5 → Mar 31 = 26 + 29 + 31 = 86. Purchase days 4; year window
                 * after 2024-03-31 − 365 = 2023-04-01 (leap day in between): Sep 20, Jan 5 → 2; orders 4, orders 12 = 2.
                 * Half year after 2024-03-31 − 182 = 2023-10-01: L6, L7 → orders 1 | 1 (Sep 20).
                 * Tenure 365 + 81 = 446. Intervals 64, 189, 107 → median 107, spread SPREAD_3.
                 * Net 12: −20 (Jun 1 is in) + 80 + 60 − 10 = 110; last 6: 60 − 10 = 50; previous 60.
                 * Purchased 140, returned 30. Average order 320 / 4 = 80. Products {p2} = 1, categories {c1} = 1.
                 * Months (Apr 2023 – Mar 2024): Sep, Jan = 2.
                 */
                Arguments.of("2024-03-31", new TrackFacts(86, 4, 2, 4, 2, 1, 1, 446, 107, SPREAD_3,
                        110, 50, 60, 140, 30, 80, 1, 1, 2, 3)),
                /*
                 * 2024-04-10: all lines. Silent 0. Purchase days 5 but orders 6 (O5 and "2024-04-10" share the day).
                 * Year window after 2023-04-11: Sep 20, Jan 5, Apr 10 → 3 days; orders 12: "2023-09-20", O4, O5,
                 * "2024-04-10" = 4. Half year after 2023-10-11: orders O4, O5, "2024-04-10" = 3 | 1.
                 * Tenure 446 + 10 = 456. Intervals 64, 189, 107, 96 → median (96 + 107) / 2 = 101.5, spread SPREAD_4.
                 * Net 12: −20 + 80 + 60 − 10 + 120 + 25 = 255; last 6: 60 − 10 + 145 = 195; previous 80 − 20 = 60.
                 * Purchased 80 + 60 + 145 = 285, returned 30. Average order 465 / 6 = 77.5.
                 * Products {p2, p0, p4} = 3, categories {c1, c0, c2} = 3. Months (May 2023 – Apr 2024): Sep, Jan, Apr = 3.
                 */
                Arguments.of("2024-04-10", new TrackFacts(0, 5, 3, 6, 4, 3, 1, 456, 101.5, SPREAD_4,
                        255, 195, 60, 285, 30, 77.5, 3, 3, 3, 4)),
                /*
                 * 2024-12-31: all lines. Silent Apr 10 → Dec 31 = 20 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 265.
                 * Year window after 2024-12-31 − 365 = 2024-01-01: Jan 5, Apr 10 → 2 days; orders 12: O4, O5,
                 * "2024-04-10" = 3. Half year after 2024-12-31 − 182 = 2024-07-02: nothing → orders 0 | 3.
                 * Tenure 456 + 265 = 721. Intervals as on Apr 10. Net 12: 60 − 10 + 145 = 195, all in the previous
                 * half year. Purchased 205, returned 10. Average order 77.5. Products, categories 0.
                 * Months (Jan – Dec 2024): Jan, Apr = 2.
                 */
                Arguments.of("2024-12-31", new TrackFacts(265, 5, 2, 6, 3, 0, 3, 721, 101.5, SPREAD_4,
                        195, 0, 195, 205, 10, 77.5, 0, 0, 2, 12)));
    }

    @ParameterizedTest(name = "facts at {0}")
    @MethodSource("cutoffs")
    void factsAtCutoff(String cutoff, TrackFacts expected) {
        TrackFacts facts = TrackFacts.at(track(), LocalDate.parse(cutoff));

        assertThat(facts).isNotNull();
        assertThat(facts.daysSinceLast()).as("daysSinceLast").isEqualTo(expected.daysSinceLast());
        assertThat(facts.purchaseDays()).as("purchaseDays").isEqualTo(expected.purchaseDays());
        assertThat(facts.purchaseDays12()).as("purchaseDays12").isEqualTo(expected.purchaseDays12());
        assertThat(facts.orders()).as("orders").isEqualTo(expected.orders());
        assertThat(facts.orders12()).as("orders12").isEqualTo(expected.orders12());
        assertThat(facts.ordersLast6()).as("ordersLast6").isEqualTo(expected.ordersLast6());
        assertThat(facts.ordersPrevious6()).as("ordersPrevious6").isEqualTo(expected.ordersPrevious6());
        assertThat(facts.tenureDays()).as("tenureDays").isEqualTo(expected.tenureDays());
        if (Double.isNaN(expected.typicalInterval())) {
            assertThat(facts.typicalInterval()).as("typicalInterval").isNaN();
        } else {
            assertThat(facts.typicalInterval()).as("typicalInterval").isCloseTo(expected.typicalInterval(), within(EPS));
        }
        assertThat(facts.intervalSpread()).as("intervalSpread").isCloseTo(expected.intervalSpread(), within(EPS));
        assertThat(facts.net12()).as("net12").isCloseTo(expected.net12(), within(EPS));
        assertThat(facts.netLast6()).as("netLast6").isCloseTo(expected.netLast6(), within(EPS));
        assertThat(facts.netPrevious6()).as("netPrevious6").isCloseTo(expected.netPrevious6(), within(EPS));
        assertThat(facts.purchased12()).as("purchased12").isCloseTo(expected.purchased12(), within(EPS));
        assertThat(facts.returned12()).as("returned12").isCloseTo(expected.returned12(), within(EPS));
        assertThat(facts.averageOrder()).as("averageOrder").isCloseTo(expected.averageOrder(), within(EPS));
        assertThat(facts.products6()).as("products6").isEqualTo(expected.products6());
        assertThat(facts.categories6()).as("categories6").isEqualTo(expected.categories6());
        assertThat(facts.monthsActive12()).as("monthsActive12").isEqualTo(expected.monthsActive12());
        assertThat(facts.calendarMonth()).as("calendarMonth").isEqualTo(expected.calendarMonth());
    }

    @Test
    void noFactsBeforeTheFirstPurchase() {
        assertThat(TrackFacts.at(track(), LocalDate.parse("2023-01-09"))).isNull();
        assertThat(TrackFacts.at(track(), LocalDate.parse("2020-01-01"))).isNull();
    }

    @Test
    void aTrackOfReturnsOnlyHasNoFacts() {
        CustomerTrack returnsOnly = CustomerTrack.builder("R", List.of())
                .add(day("2023-05-01"), -40, false, "R1", 0, 0)
                .build();

        assertThat(TrackFacts.at(returnsOnly, LocalDate.parse("2023-12-31"))).isNull();
    }

    @Test
    void onlyTheLastTenIntervalsMakeTheTypicalOne() {
        // Purchase days 0, 100, then 10 days apart ten times: intervals 100, 10 × 10. The last ten are all 10 →
        // median 10, spread 0; with the 100 the median would still be 10 but the spread would not be 0.
        CustomerTrack.Builder builder = CustomerTrack.builder("T", List.of());
        int start = day("2023-01-01");
        builder.add(start, 10, true, "0", CustomerTrack.NONE, CustomerTrack.NONE);
        for (int i = 0; i <= 10; i++) {
            int purchaseDay = start + 100 + 10 * i;
            builder.add(purchaseDay, 10, true, Integer.toString(purchaseDay), CustomerTrack.NONE, CustomerTrack.NONE);
        }
        TrackFacts facts = TrackFacts.at(builder.build(), LocalDate.ofEpochDay(start + 200));

        assertThat(facts.purchaseDays()).isEqualTo(12);
        assertThat(facts.typicalInterval()).isEqualTo(10.0);
        assertThat(facts.intervalSpread()).isEqualTo(0.0);
        // Lines without product or category count none.
        assertThat(facts.products6()).isZero();
        assertThat(facts.categories6()).isZero();
    }

    @Test
    void silenceRatioAndReturnShare() {
        TrackFacts facts = TrackFacts.at(track(), LocalDate.parse("2024-03-31"));

        // 86 silent days against a usual 107; returned 30 of 140 purchased.
        assertThat(facts.silenceRatio()).isCloseTo(86.0 / 107, within(EPS));
        assertThat(facts.returnShare()).isCloseTo(30.0 / 140, within(EPS));
        // One purchase day: no ratio.
        assertThat(TrackFacts.at(track(), LocalDate.parse("2023-02-01")).silenceRatio()).isNaN();
    }

    @Test
    void linesMustComeByDate() {
        CustomerTrack.Builder builder = CustomerTrack.builder("X", List.of()).add(day("2023-02-01"), 1, true, "a", 0, 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.add(day("2023-01-31"), 1, true, "b", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
