package io.customerlens.analysis.segments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.customerlens.analysis.segments.SegmentLines.buy;
import static io.customerlens.analysis.segments.SegmentLines.customers;
import static io.customerlens.analysis.segments.SegmentLines.giveBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** DEFINITIONS: Value tiers — c = share of net amount before the customer; A if c < 80 %, B if c < 95 %, else C. */
class ValueTiersTest {

    private final ValueTiers tiers = new ValueTiers();

    /** Customers K1, K2 … with one purchase each of the given amounts. */
    private static List<CustomerLines> withAmounts(String amounts) {
        List<CustomerLines> customers = new ArrayList<>();
        String[] each = amounts.trim().split(" +");
        for (int i = 0; i < each.length; i++) {
            String key = "K" + (i + 1);
            customers.add(new CustomerLines(key, List.of(buy(key, "2024-05-01", each[i]))));
        }
        return customers;
    }

    /*
     * Total 100 in each row; c by hand:
     *   80 15 4 1: c 0, .80, .95, .99 → A, B (80 % exactly is not < 80 %), C (95 % exactly), C
     *   79 16 4 1: c 0, .79, .95, .99 → A, A, C, C
     *   79 15 5 1: c 0, .79, .94, .99 → A, A, B, C
     *   20 20 20 20 20: c 0, .2, .4, .6, .8 → A A A A B
     *   100: c 0 → A
     *   30.5 69.5 (sorted 69.5 30.5): K2 c 0 → A, K1 c .695 → A
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "80 15 4 1,      K1 K2 K3 K4,    A B C C, 0 0.80 0.95 0.99",
            "79 16 4 1,      K1 K2 K3 K4,    A A C C, 0 0.79 0.95 0.99",
            "79 15 5 1,      K1 K2 K3 K4,    A A B C, 0 0.79 0.94 0.99",
            "20 20 20 20 20, K1 K2 K3 K4 K5, A A A A B, 0 0.2 0.4 0.6 0.8",
            "100,            K1,             A,       0",
            "30.5 69.5,      K2 K1,          A A,     0 0.695",
    })
    void tiersAtTheExactBoundaries(String amounts, String order, String expected, String before) {
        ValueTierResult result = tiers.analyse(withAmounts(amounts), TierCutoffs.DEFAULT);

        assertThat(result.customers()).extracting(CustomerTier::customerKey).containsExactly(order.split(" "));
        assertThat(result.customers()).extracting(t -> t.tier().name()).containsExactly(expected.split(" "));
        double[] shares = Arrays.stream(before.split(" ")).mapToDouble(Double::parseDouble).toArray();
        for (int i = 0; i < shares.length; i++) {
            assertThat(result.customers().get(i).shareBefore()).isCloseTo(shares[i], within(1e-12));
        }
    }

    /*
     * Y 40, X 40, Z 20 with cut-offs 40 % / 90 %: equal amounts are ranked by key, X before Y.
     * X c 0 → A; Y c .40, not < .40 → B; Z c .80 → B. (Ranking Y first would make Y the A.)
     */
    @Test
    void equalAmountsAreRankedByKey() {
        List<CustomerLines> customers = customers(buy("Y", "2024-01-01", "40"), buy("X", "2024-01-02", "40"),
                buy("Z", "2024-01-03", "20"));

        ValueTierResult result = tiers.analyse(customers, new TierCutoffs(0.40, 0.90));

        assertThat(result.customers()).extracting(CustomerTier::customerKey).containsExactly("X", "Y", "Z");
        assertThat(result.customers()).extracting(CustomerTier::tier)
                .containsExactly(ValueTier.A, ValueTier.B, ValueTier.B);
    }

    @Test
    void summariesAndParetoCurve() {
        // 80 15 4 1: A K1 80 (.80); B K2 15 (.15); C K3 K4 5 (.05).
        // Pareto from (0, 0): (.25, .80), (.5, .95), (.75, .99), (1, 1).
        ValueTierResult result = tiers.analyse(withAmounts("80 15 4 1"), TierCutoffs.DEFAULT);

        assertTier(result.tiers().get(0), ValueTier.A, 1, "80", 0.80);
        assertTier(result.tiers().get(1), ValueTier.B, 1, "15", 0.15);
        assertTier(result.tiers().get(2), ValueTier.C, 2, "5", 0.05);
        assertPareto(result.pareto(), 0, 0, 0.25, 0.80, 0.5, 0.95, 0.75, 0.99, 1, 1);
    }

    @Test
    void theCurveIsReadAtTheLastCustomerWithinTheShare() {
        // Four customers: the top 20 % holds none of them whole (0), the top 30 % holds K1 (.80), the top
        // 50 % K1 and K2 (.95), the top 100 % everyone.
        ValueTierResult result = tiers.analyse(withAmounts("80 15 4 1"), TierCutoffs.DEFAULT);

        assertThat(result.amountShareOfTop(0.2)).isZero();
        assertThat(result.amountShareOfTop(0.3)).isCloseTo(0.80, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.amountShareOfTop(0.5)).isCloseTo(0.95, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.amountShareOfTop(1.0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void emptyTiersAreListedWithZeros() {
        ValueTierResult result = tiers.analyse(withAmounts("100"), TierCutoffs.DEFAULT);

        assertTier(result.tiers().get(0), ValueTier.A, 1, "100", 1.0);
        assertTier(result.tiers().get(1), ValueTier.B, 0, "0", 0);
        assertTier(result.tiers().get(2), ValueTier.C, 0, "0", 0);
        assertPareto(result.pareto(), 0, 0, 1, 1);
    }

    /*
     * Returns count: P1 bought 100 and returned 10 → 90; P2 10; Z bought 5 and returned 5 → 0; N bought 20 and
     * returned 50 → −30. Shares are over the positive total 90 + 10 = 100.
     *   P1 c 0 → A; P2 c .90 → B; Z and N (net ≤ 0) last, c = 1 → C (Z 0 before N −30).
     *   Tiers: A 1 90 .9; B 1 10 .1; C 2 −30 −.3.   Pareto: (0,0) (.25,.9) (.5,1) (.75,1) (1,1).
     */
    @Test
    void customersWithNetAtOrBelowZeroAreLastInC() {
        List<CustomerLines> customers = customers(
                buy("P1", "2024-01-01", "100"), giveBack("P1", "2024-02-01", "-10"),
                buy("P2", "2024-01-01", "10"),
                buy("Z", "2024-01-01", "5"), giveBack("Z", "2024-01-05", "-5"),
                buy("N", "2024-01-01", "20"), giveBack("N", "2024-03-01", "-50"));

        ValueTierResult result = tiers.analyse(customers, TierCutoffs.DEFAULT);

        assertThat(result.customers()).extracting(CustomerTier::customerKey).containsExactly("P1", "P2", "Z", "N");
        assertThat(result.customers()).extracting(CustomerTier::tier)
                .containsExactly(ValueTier.A, ValueTier.B, ValueTier.C, ValueTier.C);
        assertThat(result.customers()).extracting(CustomerTier::shareBefore).containsExactly(0.0, 0.9, 1.0, 1.0);
        assertThat(result.customers().get(0).netAmount()).isEqualByComparingTo("90");
        assertTier(result.tiers().get(0), ValueTier.A, 1, "90", 0.9);
        assertTier(result.tiers().get(1), ValueTier.B, 1, "10", 0.1);
        assertTier(result.tiers().get(2), ValueTier.C, 2, "-30", -0.3);
        assertPareto(result.pareto(), 0, 0, 0.25, 0.9, 0.5, 1, 0.75, 1, 1, 1);
    }

    @Test
    void withoutAnyPositiveAmountEveryoneIsC() {
        List<CustomerLines> customers = customers(buy("N", "2024-01-01", "20"), giveBack("N", "2024-03-01", "-50"));

        ValueTierResult result = tiers.analyse(customers, TierCutoffs.DEFAULT);

        assertThat(result.customers()).extracting(CustomerTier::tier).containsExactly(ValueTier.C);
        assertThat(result.customers().getFirst().shareBefore()).isEqualTo(1.0);
        assertTier(result.tiers().get(2), ValueTier.C, 1, "-30", 0);
        assertPareto(result.pareto(), 0, 0, 1, 0);
    }

    @Test
    void noCustomersGiveOnlyTheOrigin() {
        ValueTierResult result = tiers.analyse(List.of(), TierCutoffs.DEFAULT);

        assertThat(result.customers()).isEmpty();
        assertThat(result.tiers()).extracting(TierSummary::customers).containsExactly(0L, 0L, 0L);
        assertPareto(result.pareto(), 0, 0);
    }

    @ParameterizedTest(name = "a {0}, b {1} rejected")
    @CsvSource({"0.9, 0.8", "-0.1, 0.5", "0.5, 1.1"})
    void cutoffsMustBeOrderedShares(double a, double b) {
        assertThatThrownBy(() -> new TierCutoffs(a, b)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertTier(TierSummary summary, ValueTier tier, long customers, String net, double share) {
        assertThat(summary.tier()).isEqualTo(tier);
        assertThat(summary.customers()).isEqualTo(customers);
        assertThat(summary.netAmount()).isEqualByComparingTo(net);
        assertThat(summary.shareOfAmount()).isCloseTo(share, within(1e-12));
    }

    /** Points as x0, y0, x1, y1 … */
    private static void assertPareto(List<ParetoPoint> points, double... xy) {
        assertThat(points).hasSize(xy.length / 2);
        for (int i = 0; i < points.size(); i++) {
            assertThat(points.get(i).customerShare()).isCloseTo(xy[2 * i], within(1e-12));
            assertThat(points.get(i).amountShare()).isCloseTo(xy[2 * i + 1], within(1e-12));
        }
    }
}
