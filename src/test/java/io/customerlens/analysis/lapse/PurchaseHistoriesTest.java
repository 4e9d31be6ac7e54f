package io.customerlens.analysis.lapse;

import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.customerlens.analysis.lapse.LapseFixtures.analyseOne;
import static io.customerlens.analysis.lapse.LapseFixtures.buy;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.giveBack;
import static io.customerlens.analysis.lapse.LapseFixtures.mi;
import static org.assertj.core.api.Assertions.assertThat;

/** DEFINITIONS: Sales lines (returns are never purchases) and Time (lines after A ignored), as lapse analysis reads them. */
class PurchaseHistoriesTest {

    @Test
    void customerWithOnlyReturnsHasNoHistory() {
        List<LineFact> lines = List.of(
                giveBack("R", "2024-05-01", "-10"),
                giveBack("R", "2024-06-01", "-5"),
                buy("P", "2024-05-02", "10"));

        assertThat(PurchaseHistories.asOf(lines, day("2024-11-23")))
                .extracting(PurchaseHistory::customerKey).containsExactly("P");
    }

    @Test
    void zeroAmountLineIsNoPurchase() {
        List<LineFact> lines = List.of(buy("Z", "2024-05-01", "0"));

        assertThat(PurchaseHistories.asOf(lines, day("2024-11-23"))).isEmpty();
    }

    @Test
    void returnInAnEmptyMonthDoesNotFillTheGap() {
        // purchases Jan and May 2024, a return in Mar: Feb–Apr stays one closed gap of 3
        List<LineFact> lines = List.of(
                buy("C", "2024-01-15", "100"),
                giveBack("C", "2024-03-10", "-40"),
                buy("C", "2024-05-15", "50"));

        PurchaseHistory h = PurchaseHistories.asOf(lines, day("2024-05-31")).getFirst();

        assertThat(h.boughtIn(mi(2024, 3))).isFalse();
        assertThat(h.purchaseMonths()).containsExactly(mi(2024, 1), mi(2024, 5));
        assertThat(Gaps.of(h, mi(2024, 5))).containsExactly(new Gap(mi(2024, 2), mi(2024, 4), false));
        assertThat(h.netIn(mi(2024, 3))).isEqualByComparingTo("-40");
    }

    @Test
    void returnAfterTheLastPurchaseDoesNotMoveIt() {
        // L stays 2024-08-31, so idle at 2024-11-23 is 3 and days since 84
        List<LineFact> lines = List.of(
                buy("C", "2024-08-31", "30"),
                giveBack("C", "2024-09-15", "-20"));

        PurchaseHistory h = PurchaseHistories.asOf(lines, day("2024-11-23")).getFirst();
        CustomerLapse lapse = analyseOne(h, day("2024-11-23"), 3);

        assertThat(h.lastPurchase()).isEqualTo(day("2024-08-31"));
        assertThat(lapse.idleMonths()).isEqualTo(3);
        assertThat(lapse.daysSinceLast()).isEqualTo(84);
    }

    @Test
    void linesAfterTheAsOfDateAreIgnored() {
        List<LineFact> lines = List.of(
                buy("C", "2024-11-01", "10"),
                buy("C", "2024-11-24", "99"),
                giveBack("C", "2024-11-25", "-5"),
                buy("LATE", "2024-12-01", "10"));

        List<PurchaseHistory> histories = PurchaseHistories.asOf(lines, day("2024-11-23"));

        assertThat(histories).extracting(PurchaseHistory::customerKey).containsExactly("C");
        PurchaseHistory h = histories.getFirst();
        assertThat(h.purchaseDays()).containsExactly(day("2024-11-01"));
        assertThat(h.netIn(mi(2024, 11))).isEqualByComparingTo("10");
    }

    @Test
    void purchaseOnTheAsOfDayCounts() {
        List<LineFact> lines = List.of(buy("C", "2024-11-23", "10"));

        assertThat(PurchaseHistories.asOf(lines, day("2024-11-23")).getFirst().lastPurchase()).isEqualTo(day("2024-11-23"));
    }

    @Test
    void linesWithoutCustomerAreIgnored() {
        List<LineFact> lines = List.of(
                new LineFact(null, day("2024-05-01"), new BigDecimal("500"), false, "X"),
                buy("C", "2024-05-01", "10"));

        List<PurchaseHistory> histories = PurchaseHistories.asOf(lines, day("2024-11-23"));

        assertThat(histories).extracting(PurchaseHistory::customerKey).containsExactly("C");
        assertThat(histories.getFirst().netIn(mi(2024, 5))).isEqualByComparingTo("10");
    }

    @Test
    void netAmountPerMonthIncludesReturns() {
        // Jan: 100 + 50 − 30 = 120; Mar: only a return −20; Feb: no line → 0
        List<LineFact> lines = List.of(
                buy("C", "2024-01-10", "100"),
                buy("C", "2024-01-10", "50"),
                giveBack("C", "2024-01-20", "-30"),
                giveBack("C", "2024-03-05", "-20"),
                buy("C", "2024-04-01", "7.50"));

        PurchaseHistory h = PurchaseHistories.asOf(lines, day("2024-11-23")).getFirst();

        assertThat(h.netIn(mi(2024, 1))).isEqualByComparingTo("120");
        assertThat(h.netIn(mi(2024, 2))).isEqualByComparingTo("0");
        assertThat(h.netIn(mi(2024, 3))).isEqualByComparingTo("-20");
        assertThat(h.netIn(mi(2024, 4))).isEqualByComparingTo("7.50");
        assertThat(h.netBetween(mi(2024, 1), mi(2024, 4))).isEqualByComparingTo("107.50");
        // two lines on one day are one purchase day
        assertThat(h.purchaseDays()).containsExactly(day("2024-01-10"), day("2024-04-01"));
    }

    @Test
    void historiesAreSortedByKey() {
        List<LineFact> lines = List.of(buy("b", "2024-01-01", "1"), buy("a", "2024-02-01", "1"), buy("c", "2024-01-01", "1"));

        assertThat(PurchaseHistories.asOf(lines, day("2024-11-23")))
                .extracting(PurchaseHistory::customerKey).containsExactly("a", "b", "c");
    }

    @Test
    void historyUpToADateKeepsOnlyThePurchasesUntilThen() {
        PurchaseHistory h = LapseFixtures.history("C", "2024-01-05", "2024-03-05", "2024-06-05");

        assertThat(h.upTo(day("2024-03-05")).orElseThrow().purchaseDays())
                .containsExactly(day("2024-01-05"), day("2024-03-05"));
        assertThat(h.upTo(day("2024-01-04"))).isEmpty();
        // bought after Mar 5 and on or before Jun 5
        assertThat(h.boughtBetween(day("2024-03-05"), day("2024-06-05"))).isTrue();
        assertThat(h.boughtBetween(day("2024-03-05"), day("2024-06-04"))).isFalse();
    }
}
