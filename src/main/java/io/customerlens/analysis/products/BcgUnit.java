package io.customerlens.analysis.products;

import io.customerlens.domain.ProductInfo;

/** What the BCG matrix (and the product structure) counts as one unit: a product, a category or a sub-category. */
public enum BcgUnit {
    PRODUCT("product"),
    CATEGORY("category"),
    SUB_CATEGORY("sub_category");

    private final String code;

    BcgUnit(String code) {
        this.code = code;
    }

    /** The stable spelling used in exports and on the command line. */
    public String code() {
        return code;
    }

    /** The unit a product belongs to; null when the product has no value for it (blank counts as none). */
    public String keyOf(String productKey, ProductInfo product) {
        String value = switch (this) {
            case PRODUCT -> productKey;
            case CATEGORY -> product == null ? null : product.category();
            case SUB_CATEGORY -> product == null ? null : product.subCategory();
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** What a person reads for a unit: a product's name (its key when nameless), else the value itself. */
    public String labelOf(String unitKey, ProductInfo product) {
        if (this == PRODUCT && product != null && product.name() != null && !product.name().isBlank()) {
            return product.name();
        }
        return unitKey;
    }

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "products.unit." + code;
    }
}
