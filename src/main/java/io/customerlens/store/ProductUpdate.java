package io.customerlens.store;

import io.customerlens.domain.ProductInfo;

import java.time.LocalDate;
import java.util.Objects;

/** A product's attributes as of the date of the line they were taken from; its key is {@link ProductInfo#key()}. */
public record ProductUpdate(ProductInfo product, LocalDate lineDate) {

    public ProductUpdate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(product.key(), "product key (code or name)");
        Objects.requireNonNull(lineDate, "lineDate");
    }
}
