package io.customerlens.analysis.segments;

import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.customerlens.analysis.segments.SegmentLines.buy;
import static io.customerlens.analysis.segments.SegmentLines.customers;
import static io.customerlens.analysis.segments.SegmentLines.day;
import static io.customerlens.analysis.segments.SegmentLines.giveBack;
import static io.customerlens.analysis.segments.SegmentLines.rfmTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** DEFINITIONS: RFM — measures, thresholds (mean, median, fixed), windows and the eight segments. */
class RfmAnalysisTest {

    private static final LocalDate AS_OF = day("2024-12-31");
    private final RfmAnalysis analysis = new RfmAnalysis();

    @ParameterizedTest(name = "{0}: recent {1}, frequent {2}, valuable {3}")
    @CsvSource({
            "important_value,   true,  true,  true",
            "important_develop, true,  false, true",
            "important_retain,  false, true,  true",
            "important_winback, false, false, true",
            "general_value,     true,  true,  false",
            "general_develop,   true,  false, false",
            "general_retain,    false, true,  false",
            "general_winback,   false, false, false",
    })
    void segmentTableOfTheDefinitions(String code, boolean recent, boolean frequent, boolean valuable) {
        RfmSegment segment = RfmSegment.of(recent, frequent, valuable);

        assertThat(segment.code()).isEqualTo(code);
        assertThat(segment.name().toLowerCase(Locale.ROOT)).isEqualTo(code);
        assertThat(List.of(segment.recent(), segment.frequent(), segment.valuable()))
                .containsExactly(recent, frequent, valuable);
    }

    /*
     * Mean thresholds: R (10 + 20 + 30 + 20) / 4 = 20; F (3 + 2 + 1 + 2) / 4 = 2; M (500 + 300 + 400 + 400) / 4 = 400.
     *   C1 10 ≤ 20, 3 ≥ 2, 500 ≥ 400                     → important value
     *   C2 20 = 20 recent, 2 = 2 frequent, 300 < 400       → general value
     *   C3 30 > 20, 1 < 2, 400 = 400 valuable              → important win-back
     *   C4 20 = 20, 2 = 2, 400 = 400: every tie counts     → important value
     */
    private static final String[] TIES = {"C1 10 3 500", "C2 20 2 300", "C3 30 1 400", "C4 20 2 400"};

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "C1, IMPORTANT_VALUE",
            "C2, GENERAL_VALUE",
            "C3, IMPORTANT_WINBACK",
            "C4, IMPORTANT_VALUE",
    })
    void valuesEqualToTheMeanCountAsRecentFrequentAndValuable(String key, RfmSegment expected) {
        RfmResult result = analysis.analyse(rfmTable(AS_OF, TIES), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.thresholds().recencyDays()).isEqualTo(20.0);
        assertThat(result.thresholds().orders()).isEqualTo(2.0);
        assertThat(result.thresholds().netAmount()).isEqualByComparingTo("400");
        assertThat(byKey(result).get(key).segment()).isEqualTo(expected);
    }

    @Test
    void measuresAreReportedPerCustomerByKey() {
        RfmResult result = analysis.analyse(rfmTable(AS_OF, "C2 20 2 300", "C1 10 3 500"), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.customers()).extracting(CustomerRfm::customerKey).containsExactly("C1", "C2");
        CustomerRfm c1 = result.customers().getFirst();
        assertThat(c1.recencyDays()).isEqualTo(10);
        assertThat(c1.orders()).isEqualTo(3);
        assertThat(c1.netAmount()).isEqualByComparingTo("500");
        assertThat(result.options()).isEqualTo(RfmOptions.DEFAULT);
    }

    @Test
    void singleCustomerMeetsThresholdsEqualToItsOwnValues() {
        RfmResult result = analysis.analyse(rfmTable(AS_OF, "S 45 4 250.50"), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.thresholds().recencyDays()).isEqualTo(45.0);
        assertThat(result.thresholds().orders()).isEqualTo(4.0);
        assertThat(result.thresholds().netAmount()).isEqualByComparingTo("250.50");
        assertThat(result.customers().getFirst().segment()).isEqualTo(RfmSegment.IMPORTANT_VALUE);
    }

    @Test
    void customersAllAlikeAreAllImportantValue() {
        RfmResult mean = analysis.analyse(rfmTable(AS_OF, "A 7 2 99.99", "B 7 2 99.99", "C 7 2 99.99"), AS_OF,
                RfmOptions.DEFAULT);
        RfmResult median = analysis.analyse(rfmTable(AS_OF, "A 7 2 99.99", "B 7 2 99.99", "C 7 2 99.99"), AS_OF,
                new RfmOptions(ThresholdMethod.MEDIAN, RfmWindow.ALL_HISTORY, null));

        assertThat(mean.customers()).extracting(CustomerRfm::segment).containsOnly(RfmSegment.IMPORTANT_VALUE);
        assertThat(median.customers()).extracting(CustomerRfm::segment).containsOnly(RfmSegment.IMPORTANT_VALUE);
    }

    /*
     * Four customers (even count):
     *   R 5 10 30 40 → median (10 + 30) / 2 = 20      mean 85 / 4 = 21.25
     *   F 1 5 4 2, sorted 1 2 4 5 → (2 + 4) / 2 = 3    mean 12 / 4 = 3
     *   M 1000 100 300 200, sorted → (200 + 300) / 2 = 250   mean 1600 / 4 = 400
     * Median:  D1 5 ≤ 20, 1 < 3, 1000 ≥ 250 → important develop;  D2 10, 5, 100 < 250 → general value;
     *          D3 30 > 20, 4 ≥ 3, 300 ≥ 250 → important retain;   D4 40, 2, 200 → general win-back.
     * Mean:    D3 300 < 400 → general retain (the others as with the median).
     * Fixed (30, 2, 500): D1 recent, 1 < 2, 1000 → important develop; D2 recent, 5, 100 → general value;
     *          D3 30 = 30 recent, 4, 300 → general value;  D4 40 > 30, 2 = 2 frequent, 200 → general retain.
     */
    private static final String[] FOUR = {"D1 5 1 1000", "D2 10 5 100", "D3 30 4 300", "D4 40 2 200"};

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource({
            "MEDIAN, IMPORTANT_DEVELOP, GENERAL_VALUE, IMPORTANT_RETAIN, GENERAL_WINBACK",
            "MEAN,   IMPORTANT_DEVELOP, GENERAL_VALUE, GENERAL_RETAIN,   GENERAL_WINBACK",
            "FIXED,  IMPORTANT_DEVELOP, GENERAL_VALUE, GENERAL_VALUE,    GENERAL_RETAIN",
    })
    void thresholdMethods(ThresholdMethod method, RfmSegment d1, RfmSegment d2, RfmSegment d3, RfmSegment d4) {
        RfmThresholds fixed = new RfmThresholds(30, 2, new BigDecimal("500"));
        RfmResult result = analysis.analyse(rfmTable(AS_OF, FOUR), AS_OF,
                new RfmOptions(method, RfmWindow.ALL_HISTORY, method == ThresholdMethod.FIXED ? fixed : null));

        assertThat(result.customers()).extracting(CustomerRfm::segment).containsExactly(d1, d2, d3, d4);
    }

    @ParameterizedTest(name = "{0}: thresholds {1}, {2}, {3}")
    @CsvSource({
            "MEDIAN, 20,    3, 250",
            "MEAN,   21.25, 3, 400",
            "FIXED,  30,    2, 500",
    })
    void thresholdsInForceAreReported(ThresholdMethod method, double r, double f, String m) {
        RfmThresholds fixed = new RfmThresholds(30, 2, new BigDecimal("500"));
        RfmResult result = analysis.analyse(rfmTable(AS_OF, FOUR), AS_OF,
                new RfmOptions(method, RfmWindow.ALL_HISTORY, method == ThresholdMethod.FIXED ? fixed : null));

        assertThat(result.thresholds().recencyDays()).isEqualTo(r);
        assertThat(result.thresholds().orders()).isEqualTo(f);
        assertThat(result.thresholds().netAmount()).isEqualByComparingTo(m);
    }

    @Test
    void fixedMethodNeedsFixedThresholds() {
        assertThatThrownBy(() -> new RfmOptions(ThresholdMethod.FIXED, RfmWindow.ALL_HISTORY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        // R 5 10 30 → 10; F 1 5 4 → sorted 1 4 5 → 4; M 1000 100 300 → 300
        RfmResult result = analysis.analyse(rfmTable(AS_OF, "D1 5 1 1000", "D2 10 5 100", "D3 30 4 300"), AS_OF,
                new RfmOptions(ThresholdMethod.MEDIAN, RfmWindow.ALL_HISTORY, null));

        assertThat(result.thresholds()).isEqualTo(new RfmThresholds(10, 4, new BigDecimal("300")));
    }

    /*
     * A = 2024-06-15; the 12-month window is Jul 2023 … Jun 2024 (mi(A) − 11 … mi(A)).
     *   W1: bought 1000 on 2023-06-30 (outside), 100 on 2023-07-01 (first day inside), 50 on 2024-06-10;
     *       returned −30 on 2023-05-01 (outside) and −20 on 2024-01-10 (inside); a purchase of 999 on 2024-06-20
     *       is after A and ignored everywhere.
     *       all history: R 5, F 3, M 1000 + 100 + 50 − 30 − 20 = 1100;  window: R 5, F 2, M 100 + 50 − 20 = 130
     *   W2: bought only on 2023-06-01 → in all history (R 380: 2023-06-01 → 2024-06-01 is 366 days, + 14),
     *       dropped from the window.
     *   W3: bought on 2023-07-01 → R 2023-07-01 → 2024-07-01 is 366 days (Feb 29 2024), − 16 = 350, in both.
     */
    private static List<CustomerLines> windowed() {
        return customers(
                buy("W1", "2023-06-30", "1000"), buy("W1", "2023-07-01", "100"), buy("W1", "2024-06-10", "50"),
                giveBack("W1", "2023-05-01", "-30"), giveBack("W1", "2024-01-10", "-20"),
                buy("W1", "2024-06-20", "999"),
                buy("W2", "2023-06-01", "10"),
                buy("W3", "2023-07-01", "40"));
    }

    @ParameterizedTest(name = "{0} {1}: R {2}, F {3}, M {4}")
    @CsvSource({
            "ALL_HISTORY,    W1, 5,   3, 1100",
            "ALL_HISTORY,    W2, 380, 1, 10",
            "ALL_HISTORY,    W3, 350, 1, 40",
            "LAST_12_MONTHS, W1, 5,   2, 130",
            "LAST_12_MONTHS, W3, 350, 1, 40",
    })
    void windowCountsOnlyItsOwnOrdersAndAmounts(RfmWindow window, String key, long r, long f, String m) {
        RfmResult result = analysis.analyse(windowed(), day("2024-06-15"),
                new RfmOptions(ThresholdMethod.MEAN, window, null));

        CustomerRfm customer = byKey(result).get(key);
        assertThat(customer.recencyDays()).isEqualTo(r);
        assertThat(customer.orders()).isEqualTo(f);
        assertThat(customer.netAmount()).isEqualByComparingTo(m);
    }

    @Test
    void windowDropsCustomersWithoutAPurchaseInIt() {
        RfmResult result = analysis.analyse(windowed(), day("2024-06-15"),
                new RfmOptions(ThresholdMethod.MEAN, RfmWindow.LAST_12_MONTHS, null));

        // Means over W1 and W3 only: R (5 + 350) / 2 = 177.5, F (2 + 1) / 2 = 1.5, M (130 + 40) / 2 = 85
        assertThat(result.customers()).extracting(CustomerRfm::customerKey).containsExactly("W1", "W3");
        assertThat(result.thresholds()).isEqualTo(new RfmThresholds(177.5, 1.5, new BigDecimal("85")));
    }

    /*
     * R1: order SO1 (two lines 100 + 50) on 2024-12-01, order SO2 (200) on 2024-12-11, a cancellation C700
     * of −120 on 2024-12-30 and an unnumbered return −30 on 2024-12-20.
     * F = 2 (SO1, SO2; returns are never orders); M = 350 − 150 = 200; R = 20 (the last purchase is SO2 on
     * 12-11, the later returns do not move it).
     */
    @Test
    void returnsLowerTheAmountButAreNeverOrdersNorPurchases() {
        RfmResult result = analysis.analyse(customers(
                buy("R1", "2024-12-01", "100", "SO1"), buy("R1", "2024-12-01", "50", "SO1"),
                buy("R1", "2024-12-11", "200", "SO2"), giveBack("R1", "2024-12-30", "-120", "C700"),
                giveBack("R1", "2024-12-20", "-30")), AS_OF, RfmOptions.DEFAULT);

        CustomerRfm r1 = result.customers().getFirst();
        assertThat(r1.orders()).isEqualTo(2);
        assertThat(r1.netAmount()).isEqualByComparingTo("200");
        assertThat(r1.recencyDays()).isEqualTo(20);
    }

    @ParameterizedTest(name = "purchase days {0} → {1} orders")
    @CsvSource({
            "2024-12-01,                                  1",
            "2024-12-01 2024-12-01 2024-12-01,            1",   // three lines one day: one order
            "2024-12-01 2024-12-01 2024-12-02,            2",
            "2024-11-30 2024-12-01 2024-12-01 2024-12-31, 3",
    })
    void withoutOrderNumbersAnOrderIsADay(String days, long orders) {
        List<LineFact> lines = Arrays.stream(days.split(" "))
                .map(d -> buy("K", d, "10")).toList();

        RfmResult result = analysis.analyse(List.of(new CustomerLines("K", lines)), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.customers().getFirst().orders()).isEqualTo(orders);
    }

    @Test
    void customerWithOnlyReturnsInTheWindowIsLeftOut() {
        RfmResult result = analysis.analyse(customers(giveBack("X", "2024-12-01", "-10"), buy("Y", "2024-12-01", "5")),
                AS_OF, RfmOptions.DEFAULT);

        assertThat(result.customers()).extracting(CustomerRfm::customerKey).containsExactly("Y");
    }

    /*
     * Segment summaries of the TIES customers (4 in all):
     *   important value C1 (10, 3, 500), C4 (20, 2, 400): 2, share 0.5, net 900, avg R 15, avg F 2.5, avg M 450
     *   general value C2 (20, 2, 300): 1, 0.25, 300, 20, 2, 300
     *   important win-back C3 (30, 1, 400): 1, 0.25, 400, 30, 1, 400
     *   the other five: zeros.
     */
    @Test
    void summariesListAllEightSegmentsWithZerosForTheEmptyOnes() {
        List<SegmentSummary> summaries = analysis.analyse(rfmTable(AS_OF, TIES), AS_OF, RfmOptions.DEFAULT).segments();

        assertThat(summaries).extracting(SegmentSummary::segment).containsExactly(RfmSegment.values());
        assertSummary(summaries.get(0), 2, 0.5, "900", 15, 2.5, "450");
        assertSummary(summaries.get(4), 1, 0.25, "300", 20, 2, "300");
        assertSummary(summaries.get(3), 1, 0.25, "400", 30, 1, "400");
        for (int i : new int[] {1, 2, 5, 6, 7}) {
            assertSummary(summaries.get(i), 0, 0, "0", 0, 0, "0");
        }
    }

    @Test
    void nobodyInTheWindowGivesZeroThresholdsAndEmptySegments() {
        RfmResult result = analysis.analyse(List.of(), AS_OF, RfmOptions.DEFAULT);

        assertThat(result.customers()).isEmpty();
        assertThat(result.thresholds()).isEqualTo(new RfmThresholds(0, 0, BigDecimal.ZERO));
        assertThat(result.segments()).hasSize(8).allSatisfy(s -> assertThat(s.customers()).isZero());
        assertThat(result.scoreNotes()).isEmpty();
    }

    private static void assertSummary(SegmentSummary summary, long customers, double share, String net,
                                      double days, double orders, String average) {
        assertThat(summary.customers()).isEqualTo(customers);
        assertThat(summary.share()).isCloseTo(share, within(1e-12));
        assertThat(summary.netAmount()).isEqualByComparingTo(net);
        assertThat(summary.averageRecencyDays()).isCloseTo(days, within(1e-12));
        assertThat(summary.averageOrders()).isCloseTo(orders, within(1e-12));
        assertThat(summary.averageNetAmount()).isEqualByComparingTo(average);
    }

    private static Map<String, CustomerRfm> byKey(RfmResult result) {
        return result.customers().stream().collect(Collectors.toMap(CustomerRfm::customerKey, Function.identity()));
    }
}
