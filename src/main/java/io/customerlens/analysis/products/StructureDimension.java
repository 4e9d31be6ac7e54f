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
        return isOfProduct() ? valueOfProduct(fact.productKey(), sales) : valueOfCustomer(fact.customerKey(), sales);
    }

    /** Whether a line's value comes from its product (else from its customer). */
    boolean isOfProduct() {
        return this == PRODUCT || this == CATEGORY || this == SUB_CATEGORY;
    }

    /** The value of a line of this product, for a product level; null when none. */
    String valueOfProduct(String productKey, SalesFacts sales) {
        BcgUnit unit = switch (this) {
            case PRODUCT -> BcgUnit.PRODUCT;
            case CATEGORY -> BcgUnit.CATEGORY;
            case SUB_CATEGORY -> BcgUnit.SUB_CATEGORY;
            default -> throw new IllegalStateException(this + " is a customer attribute");
        };
        return blankAsNone(unit.keyOf(productKey, sales.product(productKey)));
    }

    /** The value of a line of this customer, for a customer attribute; null when none. */
    String valueOfCustomer(String customerKey, SalesFacts sales) {
        CustomerAttribute attribute = switch (this) {
            case REGION -> CustomerAttribute.REGION;
            case CHANNEL -> CustomerAttribute.CHANNEL;
            case CUSTOMER_TYPE -> CustomerAttribute.TYPE;
            case SALESPERSON -> CustomerAttribute.SALESPERSON;
            default -> throw new IllegalStateException(this + " is a product level");
        };
        return blankAsNone(attribute.of(sales.customer(customerKey)));
    }

    private static String blankAsNone(String value) {
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
