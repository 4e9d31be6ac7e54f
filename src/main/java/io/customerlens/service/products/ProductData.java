package io.customerlens.service.products;

import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.SalesByMonth;
import io.customerlens.analysis.products.SalesFacts;

import java.time.LocalDate;

/**
 * The store read once for an as-of date: the lines on or before it with their products and customers.
 * Changing the unit, the period or a threshold recomputes from this without reading the store again.
 *
 * @param asOf  null when the store holds no line
 * @param lines the same lines pushed into month sums ({@link SalesByMonth}); from the snapshot's columns when the
 *              data comes from it, so no line is made as an object
 */
public record ProductData(LocalDate asOf, SalesFacts sales, SalesByMonth.Lines lines) {

    public static final ProductData EMPTY = new ProductData(null, SalesFacts.EMPTY);

    /** Data whose month sums are made from its lines. */
    public ProductData(LocalDate asOf, SalesFacts sales) {
        this(asOf, sales, builder -> sales.facts().forEach(fact -> builder.add(
                Math.toIntExact(fact.date().toEpochDay()), fact.customerKey(), fact.productKey(), fact.orderNo(),
                fact.isReturn(), fact.amount(), fact.quantity(), fact.margin())));
    }

    public boolean isEmpty() {
        return asOf == null;
    }

    /** Sub-category when the data has any, else category, else product. */
    public BcgUnit defaultUnit() {
        return sales.defaultUnit();
    }

    /** Whether any line has a margin (profit or cost), so margin figures mean something. */
    public boolean hasMargin() {
        return sales.hasMargin();
    }

    /** Whether any line has a quantity. */
    public boolean hasQuantity() {
        return sales.hasQuantity();
    }
}
