package io.customerlens.analysis.segments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WholePercentWeightsTest {

    /*
     * Net amount, growth, orders, margin, tenure, regularity. Floors first, then the missing points to the largest
     * remainders, ties to the criterion listed first.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # weights in force                              | shown as whole percentages
            40 15 15 10 5 15                                 | 40 15 15 10 5 15
            44.444 16.667 16.667 0 5.556 16.667              | 44 17 17 0 5 17
            16.667 16.667 16.666 16.667 16.667 16.666        | 17 17 16 17 17 16
            33.333 33.333 33.334 0 0 0                       | 33 33 34 0 0 0
            100 0 0 0 0 0                                    | 100 0 0 0 0 0
            """)
    void weightsAreShownAsWholePercentagesSummingTo100(String inForce, String shown) {
        KeyAccountWeights weights = weights(inForce);

        Map<KeyAccountCriterion, Integer> whole = weights.wholePercents();

        assertThat(whole.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(String.join(" ", whole.values().stream().map(String::valueOf).toList())).isEqualTo(shown);
        assertThat(weights.rounded().of(KeyAccountCriterion.NET_AMOUNT))
                .isEqualTo(whole.get(KeyAccountCriterion.NET_AMOUNT).doubleValue());
    }

    /* Editing one weight to a whole number rescales the others, and the result is whole again. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # edited                | to | then
            NET_AMOUNT              | 60 | 60 10 10 7 3 10
            TENURE                  | 0  | 42 16 16 10 0 16
            """)
    void anEditedWeightKeepsTheSumAt100InWholePercentages(KeyAccountCriterion edited, int to, String then) {
        KeyAccountWeights next = KeyAccountWeights.DEFAULT.with(edited, to).rounded();

        assertThat(String.join(" ", next.wholePercents().values().stream().map(String::valueOf).toList()))
                .isEqualTo(then);
    }

    private static KeyAccountWeights weights(String values) {
        String[] parts = values.trim().split("\\s+");
        Map<KeyAccountCriterion, Double> map = new EnumMap<>(KeyAccountCriterion.class);
        KeyAccountCriterion[] criteria = KeyAccountCriterion.values();
        for (int i = 0; i < criteria.length; i++) {
            map.put(criteria[i], Double.parseDouble(parts[i]));
        }
        return new KeyAccountWeights(map);
    }
}
