package io.customerlens.analysis.products;

import io.customerlens.domain.SaleFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.facts;
import static io.customerlens.analysis.products.SaleLines.money;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DEFINITIONS: BCG matrix. As of 2024-06-15 the current period is 2023-07-01 … 2024-06-15 and the previous one
 * 2022-07-01 … 2023-06-30. Sub-categories (one product each), previous → current sales:
 * <pre>
 *   A 100 → 200   B 280 → 240   C 0 → 40 (new)   D 100 → 0   E 100 → 100 (130 and a return of −30)
 *   H 100 → 60    K 88 → 128
 * </pre>
 * Totals 768 → 768: total growth 0, so E (growth 0) sits exactly on the growth threshold. Units selling now:
 * A B C E H K, mean current = 768 / 6 = 128, so K sits exactly on the share threshold. Also present and
 * ignored: a line of H after the as-of date (+1000), a line of A before the previous period (+500), a line
 * without a product (+999).
 */
class BcgAnalysisTest {

    private static final LocalDate AS_OF = day("2024-06-15");
    private final BcgAnalysis analysis = new BcgAnalysis();

    private static SalesFacts portfolio() {
        List<SaleFact> lines = new ArrayList<>(List.of(
                sale("c1", "2022-07-01", "100", "pA"), sale("c1", "2023-07-01", "200", "pA"),
                sale("c1", "2023-06-30", "280", "pB"), sale("c2", "2024-06-15", "240", "pB"),
                sale("c2", "2024-01-10", "40", "pC"),
                sale("c3", "2023-01-10", "100", "pD"),
                sale("c3", "2022-12-01", "100", "pE"), sale("c3", "2024-02-01", "130", "pE"),
                sale("c3", "2024-02-05", "-30", "pE"),
                sale("c4", "2023-03-01", "100", "pH"), sale("c4", "2024-03-01", "60", "pH"),
                sale("c4", "2023-02-01", "88", "pK"), sale("c4", "2024-04-01", "128", "pK"),
                sale("c4", "2024-06-16", "1000", "pH"),
                sale("c1", "2022-06-30", "500", "pA"),
                sale("c5", "2024-05-01", "999", null)));
        return facts(lines, products("pA:A:X", "pB:B:X", "pC:C:Y", "pD:D:Y", "pE:E:Y", "pH:H:Z", "pK:K:Z"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}, {5}")
    @CsvSource({
            // unit, previous, current, growth (empty = new), new, quadrant
            "A, 100, 200, 1,    false, STAR",
            "B, 280, 240, -0.1428571428571428571428571428571429, false, CASH_COW",
            "C, 0,   40,  ,     true,  QUESTION_MARK",
            "D, 100, 0,   -1,   false, DISCONTINUED",
            "E, 100, 100, 0,    false, QUESTION_MARK",
            "H, 100, 60,  -0.4, false, DOG",
            "K, 88,  128, 0.4545454545454545454545454545454545, false, STAR",
    })
    void quadrantsOfTheContract(String unit, String previous, String current, String growth, boolean isNew,
                                BcgQuadrant quadrant) {
        BcgRow row = rowOf(analysis.analyse(portfolio(), AS_OF, BcgOptions.of(BcgUnit.SUB_CATEGORY)), unit);

        assertThat(row.previousSales()).isEqualByComparingTo(previous);
        assertThat(row.currentSales()).isEqualByComparingTo(current);
        if (growth == null) {
            assertThat(row.growth()).isNull();
        } else {
            assertThat(row.growth()).isEqualByComparingTo(growth);
        }
        assertThat(row.isNew()).isEqualTo(isNew);
        assertThat(row.quadrant()).isEqualTo(quadrant);
    }

    @Test
    void automaticThresholdsAreTheMeanAndTheTotalGrowth() {
        BcgResult result = analysis.analyse(portfolio(), AS_OF, BcgOptions.of(BcgUnit.SUB_CATEGORY));

        assertThat(result.totalCurrent()).isEqualByComparingTo("768");
        assertThat(result.totalPrevious()).isEqualByComparingTo("768");
        assertThat(result.thresholds().shareSales()).isEqualByComparingTo("128");
        assertThat(result.thresholds().growth()).isEqualByComparingTo("0");
        assertThat(result.thresholds().shareLine()).isEqualByComparingTo("1");
        assertThat(result.thresholds().shareByHand()).isFalse();
        assertThat(result.periods()).isEqualTo(new PeriodPair(new DateSpan(day("2023-07-01"), AS_OF),
                new DateSpan(day("2022-07-01"), day("2023-06-30"))));
    }

    @Test
    void rowsAreBySalesWithDiscontinuedLast() {
        BcgResult result = analysis.analyse(portfolio(), AS_OF, BcgOptions.of(BcgUnit.SUB_CATEGORY));

        assertThat(result.rows()).extracting(BcgRow::key).containsExactly("B", "A", "K", "E", "H", "C", "D");
        assertThat(result.discontinued()).extracting(BcgRow::key).containsExactly("D");
        assertThat(rowOf(result, "A").relativeShare()).isEqualByComparingTo("1.5625");
        assertThat(rowOf(result, "K").relativeShare()).isEqualByComparingTo("1");
        assertThat(rowOf(result, "D").relativeShare()).isNull();
        assertThat(rowOf(result, "B").salesShare()).isEqualByComparingTo("0.3125");
    }

    /*
     * By category: X = A + B 380 → 440 (growth 0.157894…), Y = C + D + E 200 → 140 (−0.3), Z = H + K 188 → 188 (0).
     * Total 768 → 768, growth 0; mean current (440 + 140 + 188) / 3 = 256.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"X, STAR", "Y, DOG", "Z, QUESTION_MARK"})
    void categoriesAddTheirProducts(String category, BcgQuadrant quadrant) {
        BcgResult result = analysis.analyse(portfolio(), AS_OF, BcgOptions.of(BcgUnit.CATEGORY));

        assertThat(rowOf(result, category).quadrant()).isEqualTo(quadrant);
        assertThat(result.thresholds().shareSales()).isEqualByComparingTo("256");
    }

    /* Thresholds by hand: share 200, growth 1. A (200, growth 1) is on both lines: a star; K (128, 0.45) a dog. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"A, STAR", "B, CASH_COW", "K, DOG", "C, QUESTION_MARK", "E, DOG"})
    void thresholdsSetByHand(String unit, BcgQuadrant quadrant) {
        BcgOptions options = BcgOptions.of(BcgUnit.SUB_CATEGORY).withShareThreshold(money("200"))
                .withGrowthThreshold(BigDecimal.ONE);
        BcgResult result = analysis.analyse(portfolio(), AS_OF, options);

        assertThat(rowOf(result, unit).quadrant()).isEqualTo(quadrant);
        assertThat(result.thresholds().shareByHand()).isTrue();
        assertThat(result.thresholds().growthByHand()).isTrue();
        assertThat(result.thresholds().shareLine()).isEqualByComparingTo("1.5625");
    }

    /**
     * Unit M in June 2024: 100 with margin 30, 50 with margin −5, 200 with no margin known:
     * margin 25, margin rate 25 / 150 (the sales whose margin is known, as the KPI tiles count it).
     */
    @Test
    void theMarginRateCountsOnlyTheSalesWhoseMarginIsKnown() {
        List<SaleFact> lines = List.of(SaleLines.line("c1", "2024-06-01", "100", null, null, "30", "pM"),
                SaleLines.line("c1", "2024-06-02", "50", null, null, "-5", "pM"),
                sale("c2", "2024-06-03", "200", "pM"), sale("c2", "2024-06-03", "80", "pN"));

        BcgResult result = analysis.analyse(facts(lines, products("pM:M:X", "pN:N:X")), AS_OF,
                BcgOptions.of(BcgUnit.SUB_CATEGORY));

        assertThat(rowOf(result, "M").margin()).isEqualByComparingTo("25");
        assertThat(rowOf(result, "M").marginRate()).isEqualByComparingTo(new BigDecimal("25").divide(new BigDecimal("150"),
                BcgAnalysis.PRECISION));
        assertThat(rowOf(result, "N").margin()).isNull();
        assertThat(rowOf(result, "N").marginRate()).isNull();
    }

    @Test
    void productUnitsAreLabelledByName() {
        BcgResult result = analysis.analyse(portfolio(), AS_OF, BcgOptions.of(BcgUnit.PRODUCT));

        assertThat(rowOf(result, "pK").label()).isEqualTo("name-pK");
        assertThat(result.rows()).hasSize(7);
    }

    /* Year to date as of 2024-03-10: 2024-01-01 … 03-10 against 2023-01-01 … 2023-03-10. */
    @Test
    void yearToDateComparesTheSameDaysLastYear() {
        SalesFacts sales = facts(List.of(sale("c1", "2024-03-10", "150", "p"), sale("c1", "2024-03-11", "900", "p"),
                sale("c1", "2023-03-10", "100", "p"), sale("c1", "2023-03-11", "900", "p"),
                sale("c1", "2022-12-31", "900", "p")), products("p:S:X"));

        BcgResult result = analysis.analyse(sales, day("2024-03-10"),
                BcgOptions.of(BcgUnit.SUB_CATEGORY).withPeriod(ComparisonPeriod.YEAR_TO_DATE));

        BcgRow row = rowOf(result, "S");
        assertThat(row.currentSales()).isEqualByComparingTo("150");
        assertThat(row.previousSales()).isEqualByComparingTo("100");
        assertThat(row.growth()).isEqualByComparingTo("0.5");
        assertThat(row.quadrant()).isEqualTo(BcgQuadrant.STAR);
    }

    @ParameterizedTest(name = "{0} as of {1}: {2} … {3} vs {4} … {5}")
    @CsvSource({
            "LAST_12_MONTHS,        2024-06-15, 2023-07-01, 2024-06-15, 2022-07-01, 2023-06-30",
            "LAST_12_MONTHS,        2024-01-01, 2023-02-01, 2024-01-01, 2022-02-01, 2023-01-31",
            "YEAR_TO_DATE,          2024-02-29, 2024-01-01, 2024-02-29, 2023-01-01, 2023-02-28",
            "LATEST_COMPLETE_MONTH, 2024-02-29, 2024-02-01, 2024-02-29, 2024-01-01, 2024-01-31",
            "LATEST_COMPLETE_MONTH, 2024-01-15, 2023-12-01, 2023-12-31, 2023-11-01, 2023-11-30",
    })
    void periodSpans(ComparisonPeriod period, LocalDate asOf, LocalDate from, LocalDate to, LocalDate previousFrom,
                     LocalDate previousTo) {
        assertThat(period.spans(asOf)).isEqualTo(new PeriodPair(new DateSpan(from, to),
                new DateSpan(previousFrom, previousTo)));
    }

    @Test
    void noSalesGiveNoUnitsAndNoThresholds() {
        BcgResult result = analysis.analyse(SalesFacts.EMPTY, AS_OF, BcgOptions.of(BcgUnit.PRODUCT));

        assertThat(result.rows()).isEmpty();
        assertThat(result.thresholds().shareSales()).isNull();
        assertThat(result.totalGrowth()).isNull();
    }

    @Test
    void defaultUnitPrefersSubCategoryThenCategory() {
        assertThat(portfolio().defaultUnit()).isEqualTo(BcgUnit.SUB_CATEGORY);
        SalesFacts categoriesOnly = facts(List.of(sale("c", "2024-01-01", "1", "p")), products("p::X"));
        assertThat(categoriesOnly.defaultUnit()).isEqualTo(BcgUnit.CATEGORY);
        assertThat(facts(List.of(sale("c", "2024-01-01", "1", "p")), products()).defaultUnit())
                .isEqualTo(BcgUnit.PRODUCT);
    }

    private static BcgRow rowOf(BcgResult result, String key) {
        return result.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
