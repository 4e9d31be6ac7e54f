package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static io.customerlens.analysis.lapse.LapseFixtures.analyseOne;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.history;
import static io.customerlens.analysis.lapse.LapseFixtures.mi;
import static io.customerlens.analysis.lapse.LapseFixtures.months;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DEFINITIONS: Time (idle months, lapsed (N), days since) and Gaps and lapse episodes. */
class IdleMonthsAndGapsTest {

    // idle = mi(A) − mi(L); days = A − L. Worked by hand:
    //  L 2024-08-31, A 2024-11-23: idle 10 − 7 = 3 (Sep, Oct, Nov empty); days 30 (→ Sep 30) + 31 (→ Oct 31) + 23 = 84
    //  L 2023-12-31, A 2024-01-01: idle (12·2024+0) − (12·2023+11) = 1; days 1
    //  L 2023-11-30, A 2024-02-01: idle (12·2024+1) − (12·2023+10) = 3; days 1 + 31 + 31 = 63
    //  L = A = 2024-11-23: idle 0, days 0
    //  L 2024-11-01, A 2024-11-30: same month, idle 0; days 29
    //  L 2023-11-30, A 2024-11-01: idle (12·2024+10) − (12·2023+10) = 12; days 366 (to 2024-11-30, leap year)
    //                              − 29 (Nov 1 → Nov 30) = 337
    @ParameterizedTest(name = "L {0}, A {1}: idle {2}, days {3}, lapsed(3) {4}")
    @CsvSource({
            "2024-08-31, 2024-11-23, 3, 84, true",
            "2023-12-31, 2024-01-01, 1,  1, false",
            "2023-11-30, 2024-02-01, 3, 63, true",
            "2024-11-23, 2024-11-23, 0,  0, false",
            "2024-11-01, 2024-11-30, 0, 29, false",
            "2023-11-30, 2024-11-01, 12, 337, true",
    })
    void idleMonthsDaysSinceAndLapsedThree(String last, String asOf, int idle, long days, boolean lapsed3) {
        CustomerLapse customer = analyseOne(history("C", last), day(asOf), 3);

        assertThat(customer.idleMonths()).isEqualTo(idle);
        assertThat(customer.daysSinceLast()).isEqualTo(days);
        assertThat(customer.lapsed()).isEqualTo(lapsed3);
    }

    @Test
    void definitionsExampleIsLapsedThreeButNotFour() {
        // A = 2024-11-23, L = 2024-08-31: idle 3 → lapsed(3) (3 ≥ 3), not lapsed(4) (3 < 4)
        assertThat(analyseOne(history("C", "2024-08-31"), day("2024-11-23"), 3).lapsed()).isTrue();
        assertThat(analyseOne(history("C", "2024-08-31"), day("2024-11-23"), 4).lapsed()).isFalse();
        assertThat(analyseOne(history("C", "2024-08-31"), day("2024-11-23"), 3).risk()).isEqualTo(RiskLevel.LAPSED);
    }

    @Test
    void onlyPurchaseOnTheAsOfDayIsIdleZeroWithoutGaps() {
        CustomerLapse customer = analyseOne(history("C", "2024-11-23"), day("2024-11-23"), 1);

        assertThat(customer.idleMonths()).isZero();
        assertThat(customer.daysSinceLast()).isZero();
        assertThat(customer.gaps()).isEmpty();
        assertThat(customer.openGap()).isEmpty();
        assertThat(customer.lapsed()).isFalse();
    }

    // For every allowed N: idle N − 1 is not lapsed, idle N is. Last purchase on the 15th, N − 1 or N
    // calendar months before the as-of month 2026-01.
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 3, 6, 12, 24})
    void lapsedFromExactlyNIdleMonths(int n) {
        LocalDate asOf = day("2026-01-20");
        PurchaseHistory idleN = history("C", asOf.withDayOfMonth(15).minusMonths(n).toString());
        PurchaseHistory idleNMinus1 = history("C", asOf.withDayOfMonth(15).minusMonths(n - 1).toString());

        CustomerLapse atN = analyseOne(idleN, asOf, n);
        CustomerLapse belowN = analyseOne(idleNMinus1, asOf, n);

        assertThat(atN.idleMonths()).isEqualTo(n);
        assertThat(atN.lapsed()).isTrue();
        assertThat(belowN.idleMonths()).isEqualTo(n - 1);
        assertThat(belowN.lapsed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 25, 36})
    void windowOutsideOneToTwentyFourIsRejected(int n) {
        assertThatThrownBy(() -> new LapseWindow(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultWindowIsThree() {
        assertThat(LapseWindow.DEFAULT.months()).isEqualTo(3);
    }

    // Purchases Jan, Feb, Jun, Jul 2024; as-of month Nov 2024.
    //   gap Mar–May: 3 months, closed (Jun has a purchase)
    //   gap Aug–Nov: 4 months, open (reaches the as-of month); idle = 10 − 6 = 4 = its length
    @Test
    void closedAndOpenGaps() {
        PurchaseHistory h = months("C", "2024-01", "2024-02", "2024-06", "2024-07");

        List<Gap> gaps = Gaps.of(h, mi(2024, 11));

        assertThat(gaps).containsExactly(
                new Gap(mi(2024, 3), mi(2024, 5), false),
                new Gap(mi(2024, 8), mi(2024, 11), true));
        assertThat(gaps.get(0).months()).isEqualTo(3);
        assertThat(gaps.get(1).months()).isEqualTo(4);
        assertThat(analyseOne(h, day("2024-11-23"), 3).idleMonths()).isEqualTo(4);
    }

    @Test
    void gapReachingTheAsOfMonthIsOpenAndAsLongAsIdleMonths() {
        // L = 2024-08-31, A = 2024-11-23: gap Sep–Nov, open, 3 months = idle months
        CustomerLapse customer = analyseOne(history("C", "2024-08-31"), day("2024-11-23"), 3);

        assertThat(customer.gaps()).containsExactly(new Gap(mi(2024, 9), mi(2024, 11), true));
        assertThat(customer.openGap()).map(Gap::months).contains(3);
        assertThat(customer.openGap().orElseThrow().months()).isEqualTo(customer.idleMonths());
    }

    @Test
    void lastPurchaseInThePreviousMonthLeavesAnOpenGapOfOne() {
        // L = 2023-12-31, A = 2024-01-01: Jan 2024 is empty → open gap of 1 = idle 1; lapsed(1), not lapsed(2)
        CustomerLapse one = analyseOne(history("C", "2023-12-31"), day("2024-01-01"), 1);

        assertThat(one.gaps()).containsExactly(new Gap(mi(2024, 1), mi(2024, 1), true));
        assertThat(one.lapsed()).isTrue();
        assertThat(one.episodes()).hasSize(1);
        assertThat(analyseOne(history("C", "2023-12-31"), day("2024-01-01"), 2).episodes()).isEmpty();
    }

    @Test
    void consecutiveMonthsLeaveNoGap() {
        // Nov 2023, Dec 2023, Jan 2024 (across the year), as-of Jan 2024: no empty month
        PurchaseHistory h = history("C", "2023-11-30", "2023-12-01", "2024-01-31");

        assertThat(Gaps.of(h, mi(2024, 1))).isEmpty();
    }

    @Test
    void gapAcrossTheYearEnd() {
        // purchases Nov 2023 and Feb 2024: empty Dec 2023, Jan 2024 → one closed gap of 2
        PurchaseHistory h = history("C", "2023-11-30", "2024-02-01");

        assertThat(Gaps.of(h, mi(2024, 2))).containsExactly(new Gap(mi(2023, 12), mi(2024, 1), false));
    }

    // Purchase in month 0 and month N + 1 (a gap of N) or month N (a gap of N − 1), as-of = that month.
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {1, 2, 3, 6, 12})
    void gapOfExactlyNIsAnEpisodeAndNMinusOneIsNot(int n) {
        LocalDate first = day("2022-01-10");
        LocalDate afterN = first.plusMonths(n + 1);
        LocalDate afterNMinus1 = first.plusMonths(n);

        CustomerLapse withN = analyseOne(history("C", first.toString(), afterN.toString()), afterN, n);
        CustomerLapse withNMinus1 = analyseOne(history("C", first.toString(), afterNMinus1.toString()), afterNMinus1, n);

        assertThat(withN.gaps()).singleElement().extracting(Gap::months).isEqualTo(n);
        assertThat(withN.episodes()).hasSize(1);
        assertThat(withN.winBacks()).hasSize(1);
        if (n == 1) {
            assertThat(withNMinus1.gaps()).isEmpty();
        } else {
            assertThat(withNMinus1.gaps()).singleElement().extracting(Gap::months).isEqualTo(n - 1);
        }
        assertThat(withNMinus1.episodes()).isEmpty();
        assertThat(withNMinus1.winBacks()).isEmpty();
    }

    @Test
    void winBackReturnsInTheMonthAfterTheGapAndAnOpenEpisodeIsNoWinBack() {
        // Jan, Feb, Jun, Jul 2024, as-of Nov 2024, N = 3:
        //   Mar–May (3 ≥ 3) closed → win-back, return month Jun, lapse month Mar + 3 − 1 = May
        //   Aug–Nov (4 ≥ 3) open → episode, no win-back, lapse month Aug + 2 = Oct
        CustomerLapse customer = analyseOne(months("C", "2024-01", "2024-02", "2024-06", "2024-07"), day("2024-11-23"), 3);

        assertThat(customer.episodes()).hasSize(2);
        assertThat(customer.winBacks()).containsExactly(new Gap(mi(2024, 3), mi(2024, 5), false));
        assertThat(customer.winBacks().getFirst().returnMonth()).isEqualTo(OptionalInt.of(mi(2024, 6)));
        Gap open = customer.episodes().get(1);
        assertThat(open.open()).isTrue();
        assertThat(open.returnMonth()).isEmpty();
        assertThat(customer.episodes().get(0).lapseMonth(customer.window())).isEqualTo(mi(2024, 5));
        assertThat(open.lapseMonth(customer.window())).isEqualTo(mi(2024, 10));
        assertThat(customer.gapAt(mi(2024, 4))).contains(customer.episodes().get(0));
        assertThat(customer.gapAt(mi(2024, 6))).isEmpty();

        // N = 4: only the 4-month open gap is an episode, and there is no win-back
        CustomerLapse four = analyseOne(months("C", "2024-01", "2024-02", "2024-06", "2024-07"), day("2024-11-23"), 4);
        assertThat(four.episodes()).containsExactly(new Gap(mi(2024, 8), mi(2024, 11), true));
        assertThat(four.winBacks()).isEmpty();
    }

    @Test
    void gapStartIsTheFirstEmptyMonth() {
        Gap gap = new Gap(mi(2023, 12), mi(2024, 1), false);

        assertThat(gap.start()).isEqualTo(java.time.YearMonth.of(2023, 12));
        assertThat(gap.end()).isEqualTo(java.time.YearMonth.of(2024, 1));
    }
}
