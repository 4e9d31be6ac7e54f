package io.customerlens.analysis.products;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.customerlens.analysis.products.SaleLines.customers;
import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the structure may be read from month sums: both periods whole months of data that ends on the as-of date. */
class SalesStructureMonthsTest {

    /*
     * The rolling months and the latest complete month start on a 1st and end on a month's last day or on the as-of
     * date. Year to date compares with "1 January … the as-of date a year earlier": whole months only when that
     * day ends its month (29 February 2024 → 28 February 2023).
     */
    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource({
            "LAST_12_MONTHS,        2024-02-15, true",
            "LAST_6_MONTHS,         2024-02-15, true",
            "LAST_3_MONTHS,         2024-02-15, true",
            "LATEST_COMPLETE_MONTH, 2024-02-15, true",
            "YEAR_TO_DATE,          2024-02-15, false",
            "YEAR_TO_DATE,          2024-02-29, true",
            "YEAR_TO_DATE,          2024-03-31, true",
            "YEAR_TO_DATE,          2023-06-10, false",
    })
    void wholeMonths(ComparisonPeriod period, String asOf, boolean whole) {
        assertThat(SalesStructure.wholeMonths(period.spans(day(asOf)), day(asOf))).isEqualTo(whole);
    }

    /* January: c1 100 (p1); February up to the 15th: c1 60 (p1), c2 40 (p2). Year to date: Jan 1 … Feb 15, 2024. */
    @Test
    void monthSumsRefuseAPeriodThatCutsAMonth() {
        SalesFacts sales = new SalesFacts(List.of(sale("c1", "2024-01-10", "100", "p1"),
                sale("c1", "2024-02-10", "60", "p1"), sale("c2", "2024-02-15", "40", "p2")),
                products("p1:S1:A", "p2:S2:B"), customers("c1:east", "c2:west"));
        SalesByMonth months = SalesByMonth.of(sales, day("2024-02-15"));
        PeriodPair yearToDate = ComparisonPeriod.YEAR_TO_DATE.spans(day("2024-02-15"));

        assertThatThrownBy(() -> new SalesStructure().analyse(months, StructureDimension.REGION, yearToDate))
                .isInstanceOf(IllegalArgumentException.class);
        // The lines still give it: east 100 + 60 of 200, nothing the year before.
        StructureResult fromLines = new SalesStructure().analyse(sales, StructureDimension.REGION, yearToDate);
        assertThat(fromLines.currentTotal()).isEqualByComparingTo("200");
        assertThat(fromLines.rows().getFirst().value()).isEqualTo("east");
        assertThat(fromLines.rows().getFirst().currentShare()).isEqualByComparingTo("0.8");
    }

    /* The same lines over the last 3 months (December … 15 February): the month sums give the lines' shares. */
    @Test
    void monthSumsGiveTheSharesOfWholeMonths() {
        SalesFacts sales = new SalesFacts(List.of(sale("c1", "2024-01-10", "100", "p1"),
                sale("c1", "2024-02-10", "60", "p1"), sale("c2", "2024-02-15", "40", "p2")),
                products("p1:S1:A", "p2:S2:B"), customers("c1:east", "c2:west"));
        PeriodPair lastThree = ComparisonPeriod.LAST_3_MONTHS.spans(day("2024-02-15"));

        StructureResult result = new SalesStructure().analyse(SalesByMonth.of(sales, day("2024-02-15")),
                StructureDimension.CATEGORY, lastThree);

        assertThat(result.rows()).extracting(ShareRow::value).containsExactly("A", "B");
        assertThat(result.rows()).extracting(row -> row.currentSales().toPlainString()).containsExactly("160", "40");
        assertThat(result.rows().getFirst().currentShare()).isEqualByComparingTo("0.8");
        assertThat(result.previousTotal()).isEqualByComparingTo("0");
    }
}
