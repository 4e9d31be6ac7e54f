package io.customerlens.analysis.products;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.LineList;
import io.customerlens.domain.SaleFact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The input of product and sales analysis: sales lines with the products and customers they name.
 * A line whose product or customer is not in the maps has no attributes (none).
 */
public record SalesFacts(List<SaleFact> facts, Map<String, ProductInfo> products, Map<String, CustomerInfo> customers,
                         ProductNames names, SalesExtent extent) {

    public static final SalesFacts EMPTY = new SalesFacts(List.of(), Map.of(), Map.of());

    /** @param extent the lines' extent when known already (the snapshot's); null: found here in one pass */
    public SalesFacts {
        facts = LineList.keep(facts);
        products = Map.copyOf(products);
        customers = Map.copyOf(customers);
        Objects.requireNonNull(names, "names");
        extent = extent == null ? SalesExtent.of(facts) : extent;
    }

    /** Lines whose extent is found here. */
    public SalesFacts(List<SaleFact> facts, Map<String, ProductInfo> products, Map<String, CustomerInfo> customers,
                      ProductNames names) {
        this(facts, products, customers, names, null);
    }

    /** Lines whose product codes each carry one name (or whose names were not counted). */
    public SalesFacts(List<SaleFact> facts, Map<String, ProductInfo> products, Map<String, CustomerInfo> customers) {
        this(facts, products, customers, ProductNames.NONE);
    }

    /** The lines dated on or before {@code asOf}, with the same products and customers. */
    public SalesFacts upTo(LocalDate asOf) {
        if (extent.last().filter(last -> last.isAfter(asOf)).isEmpty()) {
            return this;
        }
        List<SaleFact> kept = new ArrayList<>(facts.size());
        for (SaleFact fact : facts) {
            if (!fact.date().isAfter(asOf)) {
                kept.add(fact);
            }
        }
        return new SalesFacts(kept, products, customers, names);
    }

    /** The product of a key; null for a line without a product or one the store does not know. */
    public ProductInfo product(String productKey) {
        return productKey == null ? null : products.get(productKey);
    }

    public CustomerInfo customer(String customerKey) {
        return customerKey == null ? CustomerInfo.EMPTY : customers.getOrDefault(customerKey, CustomerInfo.EMPTY);
    }

    /** The unit a line belongs to (null: none). */
    public String unitOf(SaleFact fact, BcgUnit unit) {
        return unit.keyOf(fact.productKey(), product(fact.productKey()));
    }

    /** The date of the earliest line; empty without lines. */
    public Optional<LocalDate> firstDate() {
        return extent.first();
    }

    /** The date of the latest line: the default as-of date; empty without lines. */
    public Optional<LocalDate> lastDate() {
        return extent.last();
    }

    /** Whether any line carries a quantity. */
    public boolean hasQuantity() {
        return extent.hasQuantity();
    }

    /** Whether any line carries a margin (a profit, or a cost). */
    public boolean hasMargin() {
        return extent.hasMargin();
    }

    /** Whether any line's product has a value for the unit (every line with a product has a PRODUCT unit). */
    public boolean hasUnit(BcgUnit unit) {
        return facts.stream().anyMatch(fact -> unitOf(fact, unit) != null);
    }

    /** Whether any line has a value for the dimension (a category, a region …): a split by one it has not is all "none". */
    public boolean hasValues(StructureDimension dimension) {
        return dimensionsWithValues().contains(dimension);
    }

    /**
     * The dimensions some line has a value for, in their order. A line's value comes from its product or its
     * customer alone, so one pass gathers the products and customers the lines name, and each dimension looks at
     * those instead of at every line.
     */
    public List<StructureDimension> dimensionsWithValues() {
        Set<String> productKeys = new HashSet<>();
        Set<String> customerKeys = new HashSet<>();
        String lastProduct = null;
        String lastCustomer = null;
        boolean first = true;
        for (SaleFact fact : facts) {
            if (first || !Objects.equals(fact.productKey(), lastProduct)) {
                lastProduct = fact.productKey();
                productKeys.add(lastProduct);
            }
            if (first || !Objects.equals(fact.customerKey(), lastCustomer)) {
                lastCustomer = fact.customerKey();
                customerKeys.add(lastCustomer);
            }
            first = false;
        }
        return dimensionsWithValues(productKeys, customerKeys);
    }

    /** The dimensions some of these products or customers (null: a line without one) has a value for, in order. */
    List<StructureDimension> dimensionsWithValues(Set<String> productKeys, Set<String> customerKeys) {
        List<StructureDimension> present = new ArrayList<>();
        for (StructureDimension dimension : StructureDimension.values()) {
            boolean hasValue = dimension.isOfProduct()
                    ? productKeys.stream().anyMatch(key -> dimension.valueOfProduct(key, this) != null)
                    : customerKeys.stream().anyMatch(key -> dimension.valueOfCustomer(key, this) != null);
            if (hasValue) {
                present.add(dimension);
            }
        }
        return List.copyOf(present);
    }

    /** The contract's default unit: sub-category when the data has any, else category, else product. */
    public BcgUnit defaultUnit() {
        if (hasUnit(BcgUnit.SUB_CATEGORY)) {
            return BcgUnit.SUB_CATEGORY;
        }
        return hasUnit(BcgUnit.CATEGORY) ? BcgUnit.CATEGORY : BcgUnit.PRODUCT;
    }
}
