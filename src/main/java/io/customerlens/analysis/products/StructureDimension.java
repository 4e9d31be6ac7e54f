package io.customerlens.analysis.products;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.SaleFact;
import java.util.Locale;

/** What sales are split by in the structure charts: a product level or a customer attribute. */
public enum StructureDimension {
    PRODUCT,
    CATEGORY,
    SUB_CATEGORY,
    REGION,
    CHANNEL,
    CUSTOMER_TYPE,
    SALESPERSON;

    /** The value of a line; null when it has none (blank counts as none). */
    public String valueOf(SaleFact fact, SalesFacts sales) {
        String value = switch (this) {
            case PRODUCT -> sales.unitOf(fact, BcgUnit.PRODUCT);
            case CATEGORY -> sales.unitOf(fact, BcgUnit.CATEGORY);
            case SUB_CATEGORY -> sales.unitOf(fact, BcgUnit.SUB_CATEGORY);
            case REGION -> CustomerAttribute.REGION.of(sales.customer(fact.customerKey()));
            case CHANNEL -> CustomerAttribute.CHANNEL.of(sales.customer(fact.customerKey()));
            case CUSTOMER_TYPE -> CustomerAttribute.TYPE.of(sales.customer(fact.customerKey()));
            case SALESPERSON -> CustomerAttribute.SALESPERSON.of(sales.customer(fact.customerKey()));
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** What to show for a value: a product's name for a product, else the value. */
    public String labelOf(String value, SalesFacts sales) {
        return this == PRODUCT && value != null ? BcgUnit.PRODUCT.labelOf(value, sales.product(value)) : value;
    }

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "sales.dimension." + name().toLowerCase(Locale.ROOT);
    }
}
