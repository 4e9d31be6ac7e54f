package io.customerlens.analysis.segments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static io.customerlens.analysis.segments.KeyAccountCriterion.GROWTH;
import static io.customerlens.analysis.segments.KeyAccountCriterion.MARGIN;
import static io.customerlens.analysis.segments.KeyAccountCriterion.NET_AMOUNT;
import static io.customerlens.analysis.segments.KeyAccountCriterion.ORDERS;
import static io.customerlens.analysis.segments.KeyAccountCriterion.REGULARITY;
import static io.customerlens.analysis.segments.KeyAccountCriterion.TENURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Key-account weights: they sum to 100, and editing one rescales the others in proportion. */
class KeyAccountWeightsTest {

    private static KeyAccountWeights weights(double net, double growth, double orders, double margin, double tenure,
                                             double regularity) {
        Map<KeyAccountCriterion, Double> percent = new EnumMap<>(KeyAccountCriterion.class);
        percent.put(NET_AMOUNT, net);
        percent.put(GROWTH, growth);
        percent.put(ORDERS, orders);
        percent.put(MARGIN, margin);
        percent.put(TENURE, tenure);
        percent.put(REGULARITY, regularity);
        return new KeyAccountWeights(percent);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}: accepted {6}")
    @CsvSource({
            "40, 15, 15, 10, 5, 15,     true",    // 100
            "40, 15, 15, 10, 5, 14,     false",   // 99
            "40, 15, 15, 10, 5, 16,     false",   // 101
            "40, 15, 15, 10, 5, 15.005, true",    // 100.005: within ± 0.01
            "40, 15, 15, 10, 5, 15.02,  false",   // 100.02: outside ± 0.01
            "100, 0, 0, 0, 0, 0,        true",
            "110, -10, 0, 0, 0, 0,      false",   // sums to 100, but a weight is negative
            "0, 0, 0, 0, 0, 0,          false",
    })
    void weightsMustSumToOneHundred(double net, double growth, double orders, double margin, double tenure,
                                    double regularity, boolean accepted) {
        if (accepted) {
            assertThat(weights(net, growth, orders, margin, tenure, regularity).of(NET_AMOUNT)).isEqualTo(net);
        } else {
            assertThatThrownBy(() -> weights(net, growth, orders, margin, tenure, regularity))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void nanAndNullWeightsAreRejected() {
        Map<KeyAccountCriterion, Double> withNull = new HashMap<>(Map.of(NET_AMOUNT, 100.0));
        withNull.put(GROWTH, null);
        assertThatThrownBy(() -> new KeyAccountWeights(withNull)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyAccountWeights(Map.of(NET_AMOUNT, 100.0, GROWTH, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCriterionLeftOutWeighsNothing() {
        KeyAccountWeights onlyNet = new KeyAccountWeights(Map.of(NET_AMOUNT, 100.0));

        assertThat(onlyNet.percent()).containsOnlyKeys(KeyAccountCriterion.values());
        assertThat(onlyNet.of(GROWTH)).isZero();
        assertThat(onlyNet.of(REGULARITY)).isZero();
    }

    @Test
    void defaultWeights() {
        assertThat(KeyAccountWeights.DEFAULT).isEqualTo(weights(40, 15, 15, 10, 5, 15));
    }

    /*
     * From the default 40 15 15 10 5 15 (in criterion order: net, growth, orders, margin, tenure, regularity):
     *  net → 60:    the others held 60 and must now hold 40: × 40/60 = 2/3 → 10, 10, 20/3, 10/3, 10
     *  margin → 0:  the others held 90 and now hold 100: × 100/90 → 400/9, 150/9, 150/9, 0, 50/9, 150/9
     *  tenure → 20: the others held 95, now 80: × 80/95 = 16/19 → 640/19, 240/19, 240/19, 160/19, 20, 240/19
     *  growth → 100: every other 0
     *  net → 40 (unchanged): the same weights
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "NET_AMOUNT, 60,  60,        10,        10,        6.666667,  3.333333,  10",
            "MARGIN,     0,   44.444444, 16.666667, 16.666667, 0,         5.555556,  16.666667",
            "TENURE,     20,  33.684211, 12.631579, 12.631579, 8.421053,  20,        12.631579",
            "GROWTH,     100, 0,         100,       0,         0,         0,         0",
            "NET_AMOUNT, 40,  40,        15,        15,        10,        5,         15",
    })
    void withRescalesTheOthersInProportion(KeyAccountCriterion edited, double newPercent, double net, double growth,
                                           double orders, double margin, double tenure, double regularity) {
        KeyAccountWeights changed = KeyAccountWeights.DEFAULT.with(edited, newPercent);

        assertThat(changed.of(NET_AMOUNT)).isCloseTo(net, within(1e-6));
        assertThat(changed.of(GROWTH)).isCloseTo(growth, within(1e-6));
        assertThat(changed.of(ORDERS)).isCloseTo(orders, within(1e-6));
        assertThat(changed.of(MARGIN)).isCloseTo(margin, within(1e-6));
        assertThat(changed.of(TENURE)).isCloseTo(tenure, within(1e-6));
        assertThat(changed.of(REGULARITY)).isCloseTo(regularity, within(1e-6));
        assertThat(changed.percent().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(100, within(1e-9));
    }

    @Test
    void withFromAllInOneSharesTheRestEqually() {
        // tenure held 100, the others 0: no proportion to keep, so 100 − 40 = 60 is shared 60 / 5 = 12 each
        KeyAccountWeights changed = new KeyAccountWeights(Map.of(TENURE, 100.0)).with(TENURE, 40);

        assertThat(changed).isEqualTo(weights(12, 12, 12, 12, 40, 12));
    }

    @Test
    void editsChainWithoutDrift() {
        // 60 for net, then back to 40: × 2/3 then × 60/40 = 3/2 gives the default again
        KeyAccountWeights back = KeyAccountWeights.DEFAULT.with(NET_AMOUNT, 60).with(NET_AMOUNT, 40);

        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            assertThat(back.of(criterion)).isCloseTo(KeyAccountWeights.DEFAULT.of(criterion), within(1e-9));
        }
    }

    @ParameterizedTest(name = "with({0}) rejected")
    @CsvSource({"-1", "100.5", "NaN"})
    void withOutsideZeroToHundredIsRejected(double newPercent) {
        assertThatThrownBy(() -> KeyAccountWeights.DEFAULT.with(GROWTH, newPercent))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codes() {
        assertThat(KeyAccountCriterion.values()).extracting(KeyAccountCriterion::code)
                .containsExactly("net_amount", "growth", "orders", "margin", "tenure", "regularity");
        assertThat(KeyAccountTier.values()).extracting(KeyAccountTier::code)
                .containsExactly("strategic", "key", "ordinary");
    }
}
