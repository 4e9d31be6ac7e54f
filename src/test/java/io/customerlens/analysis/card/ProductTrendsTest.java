package io.customerlens.analysis.card;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** As of 2025-06-20 the last 12 months are 2024-07..2025-06 and the 12 before 2023-07..2024-06. */
class ProductTrendsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 20);
    private final ProductTrends trends = new ProductTrends();

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
            "110, 100, UP",      // +10 % exactly is up
            "109.99, 100, FLAT",
            "90, 100, DOWN",     // −10 % exactly is down
            "90.01, 100, FLAT",
            "50, 0, NEW",
            "50, -20, NEW",      // returns only before: nothing was bought then
            "0, 100, GONE",
            "-5, 100, GONE",
            "0, 0, QUIET"})
    void trendComparesTheLast12MonthsWithThe12Before(String last, String previous, Trend expected) {
        assertThat(ProductTrends.trendOf(new BigDecimal(last), new BigDecimal(previous))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // lines | expected keys:net:months:trend, best first
            "2023-08-01 P1 100; 2024-08-01 P1 100; 2024-09-01 P2 300 | P2:300:1:NEW, P1:200:2:FLAT",
            "2024-01-01 P1 100; 2024-02-01 P1 100; 2025-01-01 P1 -50 | P1:150:2:GONE",
            "2024-08-01 P1 100; 2024-08-01 P2 100 | P1:100:1:NEW, P2:100:1:NEW",
            "2024-08-01 P1 100; 2024-09-01 P1 -100; 2024-10-01 P2 10 | P2:10:1:NEW",
            "2025-06-21 P1 100 | ''"})
    void topProductsByNetAmountWithPositiveNetOnly(String lines, String expected) {
        List<ProductTrend> top = trends.topProducts(CardLines.parse(lines), AS_OF, 10);

        assertThat(top.stream().map(t -> t.key() + ":" + t.netAmount().stripTrailingZeros().toPlainString() + ":"
                + t.months() + ":" + t.trend()).toList())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(", ")));
    }

    @Test
    void topIsCutAtTheLimitAndCategoriesAddUpTheirProducts() {
        // CardLines puts P1 and Q1 in category "cat 1", P2 in "cat 2"
        var lines = CardLines.parse("2025-01-01 P1 100; 2025-01-01 Q1 50; 2025-02-01 P2 120");

        assertThat(trends.topProducts(lines, AS_OF, 2)).extracting(ProductTrend::key).containsExactly("P2", "P1");
        assertThat(trends.topCategories(lines, AS_OF, 5)).extracting(ProductTrend::key, t -> t.netAmount().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cat 1", 150),
                        org.assertj.core.groups.Tuple.tuple("cat 2", 120));
    }
}
