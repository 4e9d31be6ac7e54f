package io.customerlens.analysis.value;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RepeatSummary.of: x, tx, T and the mean repeat value from purchase days as seen on the as-of date. */
class RepeatSummaryTest {

    /*
     * Purchase days 100, 110, 130, 200 with net amounts 50, 20, 40, 90 (';'-separated below).
     *   as of 300: x 3, tx 100, T 200, mean of the days after the first (20 + 40 + 90) / 3 = 50
     *   as of 150: day 200 ignored → x 2, tx 30, T 50, (20 + 40) / 2 = 30
     *   as of 110: day 110 counts (on the as-of date) → x 1, tx 10, T 10, 20
     *   as of 105: only the first day → x 0, tx 0, T 5, no mean (NaN)
     *   a refund day: 100, 120 with 80, −30 → x 1, mean −30 (kept: the spend model decides what to do with it)
     */
    @ParameterizedTest(name = "days {0}, amounts {1}, as of {2} → x {3}, tx {4}, T {5}, mean {6}")
    @CsvSource({
            "100;110;130;200, 50;20;40;90, 300, 3, 100, 200, 50",
            "100;110;130;200, 50;20;40;90, 150, 2, 30,  50,  30",
            "100;110;130;200, 50;20;40;90, 110, 1, 10,  10,  20",
            "100;110;130;200, 50;20;40;90, 105, 0, 0,   5,   NaN",
            "100;120,         80;-30,      120, 1, 20,  20,  -30",
    })
    void summarisesThePurchaseDaysUpToTheAsOfDate(String days, String amounts, int asOf, int x, double tx,
                                                  double bigT, double mean) {
        RepeatSummary summary = RepeatSummary.of("C1", ints(days), doubles(amounts), asOf);

        assertThat(summary).isEqualTo(new RepeatSummary("C1", x, tx, bigT, mean));
    }

    @Test
    void daysAfterTheAsOfDateMayEvenBeOutOfOrderBecauseTheyAreNeverRead() {
        // the analysis runs as if on day 150: what came later cannot change or break it
        RepeatSummary summary = RepeatSummary.of("C1", new int[]{100, 140, 400, 300}, new double[]{1, 2, 3, 4}, 150);

        assertThat(summary).isEqualTo(new RepeatSummary("C1", 1, 40, 50, 2));
    }

    @Test
    void aCustomerWhoseFirstPurchaseIsAfterTheAsOfDateHasNoSummary() {
        assertThatThrownBy(() -> RepeatSummary.of("C1", new int[]{200}, new double[]{10}, 150))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no purchase");
    }

    @Test
    void purchaseDaysMustBeDistinctAndSorted() {
        assertThatThrownBy(() -> RepeatSummary.of("C1", new int[]{100, 100}, new double[]{1, 2}, 150))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted");
    }

    @Test
    void everyPurchaseDayNeedsItsAmount() {
        assertThatThrownBy(() -> RepeatSummary.of("C1", new int[]{100, 110}, new double[]{1}, 150))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastPurchaseCannotComeAfterTheAsOfDate() {
        assertThatThrownBy(() -> new RepeatSummary("C1", 1, 30, 20, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int[] ints(String cells) {
        return Arrays.stream(cells.split(";")).mapToInt(Integer::parseInt).toArray();
    }

    private static double[] doubles(String cells) {
        return Arrays.stream(cells.split(";")).mapToDouble(Double::parseDouble).toArray();
    }
}
