package io.customerlens.analysis.products;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.products.SaleLines.customers;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;

class SalesFactsTest {

    /*
     * P1 has a category and no sub-category; P2 has neither; K1 has a region, K2 a channel; nobody has a type or a
     * salesperson. The line of P3 (not a known product) and the line without a customer have no values.
     */
    @Test
    void theDimensionsWithValuesAreThoseSomeLinesProductOrCustomerHas() {
        SalesFacts sales = new SalesFacts(List.of(sale("K1", "2024-01-05", "10", "P1"),
                sale("K2", "2024-02-05", "20", "P2"), sale(null, "2024-02-06", "5", "P3")),
                products("P1::Drinks", "P2"), customers("K1:East:::", "K2::Online::"));

        assertThat(sales.dimensionsWithValues()).containsExactly(StructureDimension.PRODUCT,
                StructureDimension.CATEGORY, StructureDimension.REGION, StructureDimension.CHANNEL);
        assertThat(sales.hasValues(StructureDimension.SUB_CATEGORY)).isFalse();
        assertThat(sales.hasValues(StructureDimension.REGION)).isTrue();
    }

    /* A customer's region counts only where it has a line: K3 has one but bought nothing. */
    @Test
    void anAttributeOfACustomerWithoutLinesIsNoValue() {
        SalesFacts sales = new SalesFacts(List.of(sale("K1", "2024-01-05", "10", null)), Map.of(),
                customers("K1::::", "K3:West:::"));

        assertThat(sales.dimensionsWithValues()).isEmpty();
    }

    @Test
    void theExtentIsFoundFromTheLinesWhenNotGiven() {
        SalesFacts sales = new SalesFacts(List.of(sale("K1", "2024-03-05", "10", "P1"),
                SaleLines.line("K2", "2024-01-02", "7", "SO-1", "2", null, "P1")), products("P1"), Map.of());

        assertThat(sales.firstDate()).contains(SaleLines.day("2024-01-02"));
        assertThat(sales.lastDate()).contains(SaleLines.day("2024-03-05"));
        assertThat(sales.hasQuantity()).isTrue();
        assertThat(sales.hasMargin()).isFalse();
        assertThat(sales.upTo(SaleLines.day("2024-03-05"))).isSameAs(sales);
        assertThat(sales.upTo(SaleLines.day("2024-02-01")).facts()).hasSize(1);
        assertThat(sales.upTo(SaleLines.day("2024-02-01")).lastDate()).contains(SaleLines.day("2024-01-02"));
    }
}
