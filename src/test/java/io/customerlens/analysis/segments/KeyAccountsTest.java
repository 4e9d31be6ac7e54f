package io.customerlens.analysis.segments;

import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.segments.SegmentLines.buy;
import static io.customerlens.analysis.segments.SegmentLines.buyWithMargin;
import static io.customerlens.analysis.segments.SegmentLines.customers;
import static io.customerlens.analysis.segments.SegmentLines.day;
import static io.customerlens.analysis.segments.SegmentLines.giveBack;
import static io.customerlens.analysis.segments.SegmentLines.lines;
import static io.customerlens.analysis.segments.KeyAccountCriterion.GROWTH;
import static io.customerlens.analysis.segments.KeyAccountCriterion.MARGIN;
import static io.customerlens.analysis.segments.KeyAccountCriterion.NET_AMOUNT;
import static io.customerlens.analysis.segments.KeyAccountCriterion.ORDERS;
import static io.customerlens.analysis.segments.KeyAccountCriterion.REGULARITY;
import static io.customerlens.analysis.segments.KeyAccountCriterion.TENURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The key-account score: raw criteria, min–max normalisation, weights, margin redistribution, tiers. */
class KeyAccountsTest {

    /** mi(A) = Dec 2024: the 12 months are Jan–Dec 2024, the 12 before Jan–Dec 2023, the 24 Jan 2023–Dec 2024. */
    private static final LocalDate A = day("2024-12-31");
    private final KeyAccounts keyAccounts = new KeyAccounts();

    /*
     * Three customers, seen at A = 2024-12-31:
     *  CA: 2023-01-10 1000; 500 on the 10th of Jan, Mar, May, Jul, Sep, Nov 2024, margin 50 each
     *      net 6 × 500 = 3000; previous 1000 → growth (3000 − 1000) / 1000 = 2; orders 6 (no order numbers:
     *      6 days); margin 6 × 50 = 300; tenure 2023-01-10 → 2024-01-10 365 + → 2024-12-31 356 = 721;
     *      regularity 6 / 12 = 0.5 (first purchase over 12 months ago)
     *  CB: 2023-06-01 6000; 1000 on the 1st of every month of 2024, margin 100 each
     *      net 12000; growth (12000 − 6000) / 6000 = 1; orders 12; margin 1200;
     *      tenure 2023-06-01 → 2024-06-01 366 (29 Feb 2024) + → 2024-12-31 213 = 579; regularity 12 / 12 = 1
     *  CC: 2024-10-05 600, 2024-12-05 600, no margin
     *      net 1200; previous 0 → growth undefined (new, and 1200 > 0 → best growth, 100); orders 2; margin 0;
     *      tenure 26 + 30 + 31 = 87; regularity: 3 months since the first purchase (Oct–Dec), 2 bought → 2/3
     *
     * Min–max to 0–100:
     *  net 1200 … 12000 (10800):   CA 1800/10800 = 16.6667, CB 100, CC 0
     *  growth 1 … 2 (CC undefined): CA 100, CB 0, CC 100
     *  orders 2 … 12 (10):          CA 40, CB 100, CC 0
     *  margin 0 … 1200:             CA 25, CB 100, CC 0
     *  tenure 87 … 721 (634):       CA 100, CB 492/634 = 77.6025, CC 0
     *  regularity 0.5 … 1 (0.5):    CA 0, CB 100, CC (2/3 − 1/2) / 0.5 = 33.3333
     * Score with 40 15 15 10 5 15:
     *  CA 40·1/6 + 15 + 0.15·40 + 0.1·25 + 5 + 0 = 6.6667 + 15 + 6 + 2.5 + 5 = 35.1667 → ORDINARY
     *  CB 40 + 0 + 15 + 10 + 0.05·77.6025 + 15 = 83.8801 → STRATEGIC
     *  CC 0 + 15 + 0 + 0 + 0 + 0.15·33.3333 = 20 → ORDINARY
     */
    private static List<LineFact> threeCustomers(boolean withMargins) {
        List<LineFact> lines = new ArrayList<>();
        lines.add(buy("CA", "2023-01-10", "1000"));
        for (String month : new String[] {"01", "03", "05", "07", "09", "11"}) {
            lines.add(withMargins ? buyWithMargin("CA", "2024-" + month + "-10", "500", "50")
                    : buy("CA", "2024-" + month + "-10", "500"));
        }
        lines.add(buy("CB", "2023-06-01", "6000"));
        for (int month = 1; month <= 12; month++) {
            String date = "2024-%02d-01".formatted(month);
            lines.add(withMargins ? buyWithMargin("CB", date, "1000", "100") : buy("CB", date, "1000"));
        }
        lines.add(buy("CC", "2024-10-05", "600"));
        lines.add(buy("CC", "2024-12-05", "600"));
        return lines;
    }

    @ParameterizedTest(name = "{0}: score {13}, {14}")
    @CsvSource({
            // key, raw: net, growth, orders, margin, tenure, regularity; normalised: the same six; score; tier
            "CA, 3000,  2.0, 6,  300,  721, 0.5,      16.666667, 100, 40,  25,  100,       0,         35.166667, ORDINARY",
            "CB, 12000, 1.0, 12, 1200, 579, 1.0,      100,       0,   100, 100, 77.602524, 100,       83.880126, STRATEGIC",
            "CC, 1200,     , 2,  0,    87,  0.666667, 0,         100, 0,   0,   0,         33.333333, 20,        ORDINARY",
    })
    void minMaxOverThreeCustomers(String key, double net, Double growth, double orders, double margin, double tenure,
                                  double regularity, double nNet, double nGrowth, double nOrders, double nMargin,
                                  double nTenure, double nRegularity, double score, KeyAccountTier tier) {
        KeyAccountResult result = keyAccounts.score(customers(threeCustomers(true)), A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT);
        CustomerKeyAccount account = result.customers().stream().filter(c -> c.customerKey().equals(key)).findFirst()
                .orElseThrow();

        assertThat(result.unavailable()).isEmpty();
        assertThat(result.weightsInForce()).isEqualTo(KeyAccountWeights.DEFAULT);
        assertThat(account.raw().get(NET_AMOUNT)).isCloseTo(net, within(1e-9));
        if (growth == null) {
            assertThat(account.raw()).doesNotContainKey(GROWTH);
        } else {
            assertThat(account.raw().get(GROWTH)).isCloseTo(growth, within(1e-9));
        }
        assertThat(account.raw().get(ORDERS)).isEqualTo(orders);
        assertThat(account.raw().get(MARGIN)).isCloseTo(margin, within(1e-9));
        assertThat(account.raw().get(TENURE)).isEqualTo(tenure);
        assertThat(account.raw().get(REGULARITY)).isCloseTo(regularity, within(1e-6));
        assertThat(account.normalised().get(NET_AMOUNT)).isCloseTo(nNet, within(1e-6));
        assertThat(account.normalised().get(GROWTH)).isCloseTo(nGrowth, within(1e-6));
        assertThat(account.normalised().get(ORDERS)).isCloseTo(nOrders, within(1e-6));
        assertThat(account.normalised().get(MARGIN)).isCloseTo(nMargin, within(1e-6));
        assertThat(account.normalised().get(TENURE)).isCloseTo(nTenure, within(1e-6));
        assertThat(account.normalised().get(REGULARITY)).isCloseTo(nRegularity, within(1e-6));
        assertThat(account.score()).isCloseTo(score, within(1e-6));
        assertThat(account.tier()).isEqualTo(tier);
    }

    @Test
    void customersAreSortedByScoreDescending() {
        KeyAccountResult result = keyAccounts.score(customers(threeCustomers(true)), A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT);

        assertThat(result.customers()).extracting(CustomerKeyAccount::customerKey).containsExactly("CB", "CA", "CC");
    }

    /*
     * No line of the 12 months carries a margin (CA's 2023 line has one, but it is outside the window):
     * margin is unavailable and its 10 goes to the others in proportion, × 100/90:
     * net 400/9, growth 150/9, orders 150/9, tenure 50/9, regularity 150/9.
     * The scores are the ones above without the margin term, divided by 0.9:
     *  CA (35.1667 − 2.5) / 0.9 = 36.2963;  CB (83.8801 − 10) / 0.9 = 82.0890;  CC 20 / 0.9 = 22.2222
     */
    @Test
    void marginUnavailableHandsItsWeightToTheOthers() {
        List<LineFact> lines = new ArrayList<>(threeCustomers(false));
        lines.add(buyWithMargin("CA", "2023-02-10", "0.01", "100"));
        // that adds 0.01 to CA's previous 12 months: growth (3000 − 1000.01) / 1000.01, still the maximum
        KeyAccountResult result = keyAccounts.score(customers(lines), A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT);

        assertThat(result.unavailable()).containsExactly(MARGIN);
        assertThat(result.weightsInForce().of(MARGIN)).isZero();
        assertThat(result.weightsInForce().of(NET_AMOUNT)).isCloseTo(400.0 / 9, within(1e-9));
        assertThat(result.weightsInForce().of(GROWTH)).isCloseTo(150.0 / 9, within(1e-9));
        assertThat(result.weightsInForce().of(TENURE)).isCloseTo(50.0 / 9, within(1e-9));
        assertThat(result.customers()).extracting(CustomerKeyAccount::customerKey).containsExactly("CB", "CA", "CC");
        assertThat(result.customers()).extracting(CustomerKeyAccount::score).satisfiesExactly(
                cb -> assertThat(cb).isCloseTo(82.089029, within(1e-6)),
                ca -> assertThat(ca).isCloseTo(36.296296, within(1e-6)),
                cc -> assertThat(cc).isCloseTo(22.222222, within(1e-6)));
        assertThat(result.customers()).allSatisfy(account -> {
            assertThat(account.raw()).doesNotContainKey(MARGIN);
            assertThat(account.normalised()).doesNotContainKey(MARGIN).hasSize(5);
        });
    }

    /*
     * Growth at A = 2024-12-31, previous = 2023, current = 2024:
     *  X     prev 1000, cur 1500          → 0.5
     *  Y     prev 1000, cur 500           → −0.5
     *  NEW0  prev 0, cur 800              → undefined; cur > 0 → 100
     *  NEG   prev 100 − 300 = −200, cur 300 → undefined; cur > 0 → 100
     *  DOWN  prev 100 − 100 = 0, cur −50 (a return only) → undefined; cur ≤ 0 → 0
     * The defined ones span −0.5 … 0.5: X 100, Y 0.
     */
    @ParameterizedTest(name = "{0}: growth {1} → {2}")
    @CsvSource({
            "X,    0.5,  100",
            "Y,    -0.5, 0",
            "NEW0,     , 100",
            "NEG,      , 100",
            "DOWN,     , 0",
    })
    void growthWithPreviousAtOrBelowZero(String key, Double growth, double normalised) {
        List<CustomerLines> customers = customers(
                buy("X", "2023-02-01", "1000"), buy("X", "2024-02-01", "1500"),
                buy("Y", "2023-03-01", "1000"), buy("Y", "2024-03-01", "500"),
                buy("NEW0", "2024-04-01", "800"),
                buy("NEG", "2023-03-01", "100"), giveBack("NEG", "2023-04-01", "-300"), buy("NEG", "2024-05-01", "300"),
                buy("DOWN", "2023-05-01", "100"), giveBack("DOWN", "2023-05-20", "-100"),
                giveBack("DOWN", "2024-02-01", "-50"));
        CustomerKeyAccount account = keyAccounts.score(customers, A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT).customers().stream().filter(c -> c.customerKey().equals(key)).findFirst()
                .orElseThrow();

        if (growth == null) {
            assertThat(account.raw()).doesNotContainKey(GROWTH);
        } else {
            assertThat(account.raw().get(GROWTH)).isCloseTo(growth, within(1e-12));
        }
        assertThat(account.normalised().get(GROWTH)).isCloseTo(normalised, within(1e-9));
    }

    /*
     * Weights net 70, orders 30 (no margin in the data: unavailable, but it weighs 0 anyway, so nothing moves):
     *  P  one order of 2000           → net 100, orders 0   → 70·1 + 0       = 70
     *  R  2 days: 1000 + 500 = 1500   → net 50,  orders 50  → 35 + 15        = 50
     *  Q  3 days: 400 + 300 + 300     → net 0,   orders 100 → 0 + 30         = 30
     *  OLD last bought 2022-12-15, before Jan 2023: outside the 24 months → score 0, ORDINARY
     * Cut-offs 70 / 50: 70 is STRATEGIC and 50 KEY (≥); with 70.01 / 50.01 they drop a tier.
     */
    @ParameterizedTest(name = "cut-offs {0} / {1}: P {2}, R {3}, Q {4}")
    @CsvSource({
            "70,    50,    STRATEGIC, KEY,      ORDINARY",
            "70.01, 50.01, KEY,       ORDINARY, ORDINARY",
            "30,    30,    STRATEGIC, STRATEGIC, STRATEGIC",
            "100,   0,     KEY,       KEY,      KEY",
    })
    void tierCutOffsAtExactBoundaries(double strategic, double key, KeyAccountTier p, KeyAccountTier r,
                                      KeyAccountTier q) {
        List<CustomerLines> customers = customers(
                buy("P", "2024-03-03", "2000"),
                buy("Q", "2024-04-01", "400"), buy("Q", "2024-04-02", "300"), buy("Q", "2024-04-03", "300"),
                buy("R", "2024-05-01", "1000"), buy("R", "2024-05-02", "500"),
                buy("OLD", "2022-12-15", "10000"));
        KeyAccountWeights weights = new KeyAccountWeights(Map.of(NET_AMOUNT, 70.0, ORDERS, 30.0));

        KeyAccountResult result = keyAccounts.score(customers, A, weights, new KeyAccountCutoffs(strategic, key));

        assertThat(result.weightsInForce()).isEqualTo(weights);
        assertThat(result.customers()).extracting(CustomerKeyAccount::customerKey)
                .containsExactly("P", "R", "Q", "OLD");
        assertThat(result.customers()).extracting(CustomerKeyAccount::score).containsExactly(70.0, 50.0, 30.0, 0.0);
        assertThat(result.customers()).extracting(CustomerKeyAccount::tier)
                .containsExactly(p, r, q, KeyAccountTier.ORDINARY);
    }

    @ParameterizedTest(name = "score {0} → {1}")
    @CsvSource({
            "100,       STRATEGIC",
            "70,        STRATEGIC",
            "69.999999, KEY",
            "50,        KEY",
            "49.999999, ORDINARY",
            "0,         ORDINARY",
    })
    void defaultCutOffs(double score, KeyAccountTier tier) {
        assertThat(KeyAccountCutoffs.DEFAULT.tierOf(score)).isEqualTo(tier);
    }

    @ParameterizedTest(name = "strategic {0}, key {1} rejected")
    @CsvSource({"50, 70", "101, 50", "70, -1", "NaN, 50"})
    void inconsistentCutOffsAreRejected(double strategic, double key) {
        assertThatThrownBy(() -> new KeyAccountCutoffs(strategic, key)).isInstanceOf(IllegalArgumentException.class);
    }

    /*
     * A customer idle for over 24 months is listed with 0 and does not stretch the min–max of the others:
     *  EDGE bought 2023-01-01 (Jan 2023 = mi(A) − 23: inside), tenure 730 (2023: 365, 2024: 365 to Dec 31)
     *  NOW  bought 2024-06-01, tenure 213
     *  OLD  bought 2022-12-31 (Dec 2022: outside), tenure 731 — were it counted, EDGE's tenure would not be 100
     */
    @Test
    void customersIdleForTwentyFourMonthsScoreZero() {
        KeyAccountResult result = keyAccounts.score(customers(
                buy("EDGE", "2023-01-01", "100"), buy("NOW", "2024-06-01", "100"), buy("OLD", "2022-12-31", "100")),
                A, KeyAccountWeights.DEFAULT, KeyAccountCutoffs.DEFAULT);
        Map<String, CustomerKeyAccount> byKey = new java.util.HashMap<>();
        result.customers().forEach(account -> byKey.put(account.customerKey(), account));

        assertThat(byKey.get("EDGE").raw().get(TENURE)).isEqualTo(730.0);
        assertThat(byKey.get("EDGE").normalised().get(TENURE)).isEqualTo(100.0);
        assertThat(byKey.get("NOW").normalised().get(TENURE)).isEqualTo(0.0);
        assertThat(byKey.get("OLD").raw().get(TENURE)).isEqualTo(731.0);
        assertThat(byKey.get("OLD").normalised()).containsOnlyKeys(NET_AMOUNT, GROWTH, ORDERS, TENURE, REGULARITY)
                .allSatisfy((criterion, value) -> assertThat(value).isZero());
        assertThat(byKey.get("OLD").score()).isZero();
        assertThat(byKey.get("OLD").tier()).isEqualTo(KeyAccountTier.ORDINARY);
        assertThat(result.customers()).extracting(CustomerKeyAccount::customerKey).last().isEqualTo("OLD");
    }

    @Test
    void whenEveryoneIsEqualEveryoneGetsFullMarks() {
        // two identical customers: every criterion has min = max → 100 each → score 100
        KeyAccountResult result = keyAccounts.score(customers(buy("E1", "2024-06-01", "100"),
                buy("E2", "2024-06-01", "100")), A, KeyAccountWeights.DEFAULT, KeyAccountCutoffs.DEFAULT);

        assertThat(result.customers()).extracting(CustomerKeyAccount::customerKey).containsExactly("E1", "E2");
        assertThat(result.customers()).allSatisfy(account -> {
            assertThat(account.score()).isEqualTo(100.0);
            assertThat(account.tier()).isEqualTo(KeyAccountTier.STRATEGIC);
        });
    }

    /*
     * Orders in Jan–Dec 2024: order S1 (three lines over two days: one order), S2 (same day as S1), the two
     * order-less lines of 2024-04-02 (one order), the order-less 2024-04-03 (one), the return C9 (never an
     * order), S0 of 2023-12-31 (before the window) → S1, S2, 04-02, 04-03 = 4. Net 100 + 50 + 30 + 100 + 10 + 20
     * + 10 − 20 = 300. A line after A is ignored.
     */
    @Test
    void ordersAreDistinctOrderNumbersElseDaysAndNeverReturns() {
        List<CustomerLines> customers = customers(
                buy("C", "2023-12-31", "100", "S0"),
                buy("C", "2024-03-01", "100", "S1"), buy("C", "2024-03-01", "50", "S1"),
                buy("C", "2024-03-02", "30", "S1"),
                buy("C", "2024-03-01", "100", "S2"),
                buy("C", "2024-04-02", "10"), buy("C", "2024-04-02", "20", " "),
                buy("C", "2024-04-03", "10"),
                giveBack("C", "2024-05-01", "-20", "C9"),
                buy("C", "2025-01-01", "999", "S9"));

        CustomerKeyAccount account = keyAccounts.score(customers, A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT).customers().getFirst();

        assertThat(account.raw().get(ORDERS)).isEqualTo(4.0);
        assertThat(account.raw().get(NET_AMOUNT)).isEqualTo(300.0);
    }

    /*
     * Regularity at A = 2024-12-31 (purchases on the 15th; "-" a return, which is no purchase):
     * months with a purchase in Jan–Dec 2024 / min(12, months from the first purchase month to Dec 2024).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2024-12,                              1.0",        // 1 / 1
            "2024-10 2024-12,                      0.666667",   // 2 / 3 (Oct, Nov, Dec)
            "2024-11 -2024-12,                     0.5",        // 1 / 2: the return month is empty
            "2024-01 2024-12,                      0.166667",   // 2 / 12: Jan is mi(A) − 11
            "2023-01 2024-01 2024-02,              0.166667",   // 2 / 12 (capped)
            "2023-12 2024-01 2024-02 2024-03 2024-04 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12, 1.0",
            "2023-06,                              0.0",        // 0 / 12
    })
    void regularityCountsMonthsSinceTheFirstPurchase(String tokens, double regularity) {
        CustomerKeyAccount account = keyAccounts.score(customers(lines("C", tokens)), A, KeyAccountWeights.DEFAULT,
                KeyAccountCutoffs.DEFAULT).customers().getFirst();

        assertThat(account.raw().get(REGULARITY)).isCloseTo(regularity, within(1e-6));
    }

    @Test
    void noCustomersGiveAnEmptyResult() {
        KeyAccountResult result = keyAccounts.score(List.of(), A, KeyAccountWeights.DEFAULT, KeyAccountCutoffs.DEFAULT);

        assertThat(result.customers()).isEmpty();
        assertThat(result.unavailable()).containsExactly(MARGIN);
    }

    /*
     * The simple rule at A = 2024-12-31: net of Jan–Dec 2024 / 12 ≥ 2000, i.e. net ≥ 24000.
     * Lines as date:amount (a negative amount is a return).
     */
    @ParameterizedTest(name = "{0} → average {1}, key account {2}")
    @CsvSource({
            "2024-06-15:24000,                    2000,              true",
            "2024-06-15:23999.99,                 1999.999166666667, false",   // 23999.99 / 12, 16 digits
            "2024-01-01:12000 2024-12-31:12000,   2000,              true",    // both ends of the window count
            "2023-12-31:24000,                    0,                 false",   // the month before the window
            "2024-06-15:24000.01 2024-07-01:-0.01, 2000,             true",    // returns lower the net
            "2024-06-15:24000 2024-07-01:-0.01,   1999.999166666667, false",
            "2024-12-01:6000,                     500,               false",   // a new customer: over all 12 months
            "2025-01-01:24000,                    0,                 false",   // after A: ignored
    })
    void monthlyAmountRuleAtExactlyTwoThousand(String entries, String average, boolean keyAccount) {
        List<LineFact> lines = new ArrayList<>();
        for (String entry : entries.trim().split(" +")) {
            String[] parts = entry.split(":");
            lines.add(parts[1].startsWith("-") ? giveBack("C", parts[0], parts[1]) : buy("C", parts[0], parts[1]));
        }
        CustomerLines customer = new CustomerLines("C", lines);

        assertThat(MonthlyAmountRule.averageMonthlyNet(customer, A)).isEqualByComparingTo(average);
        assertThat(new MonthlyAmountRule().isKeyAccount(customer, A, MonthlyAmountRule.DEFAULT_THRESHOLD))
                .isEqualTo(keyAccount);
        assertThat(new MonthlyAmountRule().isKeyAccount(customer, A, new BigDecimal("2000.00"))).isEqualTo(keyAccount);
    }
}
