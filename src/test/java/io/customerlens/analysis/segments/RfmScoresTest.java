package io.customerlens.analysis.segments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.customerlens.analysis.segments.SegmentLines.day;
import static io.customerlens.analysis.segments.SegmentLines.rfm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quintile scores: score = 1 + floor(5 × w / n), w = customers with a strictly worse value (R: more days;
 * F, M: less). Ties share the score of the tie's worst rank; collapsed bins are noted when n ≥ 5.
 */
class RfmScoresTest {

    private static final LocalDate AS_OF = day("2024-12-31");
    private final RfmAnalysis analysis = new RfmAnalysis();

    private static long[] longs(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToLong(Long::parseLong).toArray();
    }

    private static int[] ints(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }

    /** One customer per F value, keys K00, K01 … in the given order, R and M alike for all. */
    private RfmResult withOrders(String orders) {
        List<CustomerLines> customers = new ArrayList<>();
        long[] f = longs(orders);
        for (int i = 0; i < f.length; i++) {
            customers.add(rfm("K%02d".formatted(i), AS_OF, 10, f[i], "100"));
        }
        return analysis.analyse(customers, AS_OF, RfmOptions.DEFAULT);
    }

    /*
     * F scores by hand (w = number of smaller values, n values):
     *   1..10 (n 10): w 0..9 → 1 + floor(w / 2) → 1 1 2 2 3 3 4 4 5 5
     *   4 3 2 1 (n 4): w 3 2 1 0 → 1 + floor(5w / 4) → 4 3 2 1 (fewer than 5 customers: no note)
     *   1..7 (n 7): floor(5w / 7) for w 0..6 = 0 0 1 2 2 3 4 → 1 1 2 3 3 4 5
     *   1 1 1 1 1 1 2 2 3 9 (n 10): the six 1s w 0 → 1; the 2s w 6 → 1 + 3 = 4; 3 w 8 → 5; 9 w 9 → 5:
     *                               bins 1, 4, 5 only
     *   5 5 5 5 5 (n 5): all w 0 → 1: one bin
     *   2 2 1 1 1 (n 5): 1s w 0 → 1; 2s w 3 → 1 + floor(15 / 5) = 4: two bins
     */
    @ParameterizedTest(name = "F {0} → scores {1}, bins used {2}")
    @CsvSource({
            "1 2 3 4 5 6 7 8 9 10,  1 1 2 2 3 3 4 4 5 5, 5",
            "4 3 2 1,               4 3 2 1,             4",
            "1 2 3 4 5 6 7,         1 1 2 3 3 4 5,       5",
            "1 1 1 1 1 1 2 2 3 9,   1 1 1 1 1 1 4 4 5 5, 3",
            "5 5 5 5 5,             1 1 1 1 1,           1",
            "2 2 1 1 1,             4 4 1 1 1,           2",
    })
    void frequencyScores(String orders, String scores, int bins) {
        RfmResult result = withOrders(orders);

        assertThat(result.customers().stream().mapToInt(CustomerRfm::fScore).toArray()).containsExactly(ints(scores));
        assertThat(QuintileScores.binsUsed(ints(scores))).isEqualTo(bins);
    }

    @Test
    void collapsedBinsAreNotedPerDimension() {
        // F 1 1 1 1 1 1 2 2 3 9: bins 1, 4, 5 → note F 3. R and M are alike for all ten → one bin each.
        assertThat(withOrders("1 1 1 1 1 1 2 2 3 9").scoreNotes())
                .containsExactly(new ScoreNote('R', 1), new ScoreNote('F', 3), new ScoreNote('M', 1));
    }

    @Test
    void fewerThanFiveCustomersGetNoNote() {
        // n = 4: four bins at most, which is no collapse; all alike (one bin) is not noted either.
        assertThat(withOrders("4 3 2 1").scoreNotes()).isEmpty();
        assertThat(withOrders("1 1 1 1").scoreNotes()).isEmpty();
    }

    /*
     * Five customers, R, F, M all distinct:
     *   key  R   F  M      R: w = customers with more days;  M: w = customers with less amount
     *   A    1   1  50     w 4 → 5;   M w 2 → 3
     *   B    5   2  10     w 3 → 4;   M w 0 → 1
     *   C    9   3  80     w 2 → 3;   M w 4 → 5
     *   D   20   4  60     w 1 → 2;   M w 3 → 4
     *   E   40   5  20     w 0 → 1;   M w 1 → 2
     */
    @ParameterizedTest(name = "{0}: R {1} F {2} M {3}")
    @CsvSource({
            "A, 5, 1, 3",
            "B, 4, 2, 1",
            "C, 3, 3, 5",
            "D, 2, 4, 4",
            "E, 1, 5, 2",
    })
    void fewerDaysScoresHigherMoreOrdersAndAmountScoreHigher(String key, int r, int f, int m) {
        RfmResult result = analysis.analyse(SegmentLines.rfmTable(AS_OF,
                "A 1 1 50", "B 5 2 10", "C 9 3 80", "D 20 4 60", "E 40 5 20"), AS_OF, RfmOptions.DEFAULT);

        CustomerRfm customer = result.customers().stream().filter(c -> c.customerKey().equals(key)).findFirst()
                .orElseThrow();
        assertThat(List.of(customer.rScore(), customer.fScore(), customer.mScore())).containsExactly(r, f, m);
        assertThat(result.scoreNotes()).isEmpty();
    }

    /*
     * Ties in R: days 3 3 3 8 8 30 (n 6). w = customers with more days:
     *   3 → w 3 → 1 + floor(15 / 6) = 3;  8 → w 1 → 1 + floor(5 / 6) = 1;  30 → w 0 → 1.
     * Ties in M: 10 10 20 20 20 30.5 → 10: w 0 → 1; 20: w 2 → 1 + floor(10 / 6) = 2; 30.5: w 5 → 1 + floor(25 / 6) = 5.
     */
    @Test
    void tiedRecencyAndAmountShareTheBinOfTheirWorstRank() {
        RfmResult result = analysis.analyse(SegmentLines.rfmTable(AS_OF,
                "A 3 1 10", "B 3 1 10", "C 3 1 20", "D 8 1 20", "E 8 1 20", "F 30 1 30.5"), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.customers().stream().mapToInt(CustomerRfm::rScore).toArray()).containsExactly(3, 3, 3, 1, 1, 1);
        assertThat(result.customers().stream().mapToInt(CustomerRfm::mScore).toArray()).containsExactly(1, 1, 2, 2, 2, 5);
        assertThat(result.scoreNotes()).containsExactly(new ScoreNote('R', 2), new ScoreNote('F', 1), new ScoreNote('M', 3));
    }
}
