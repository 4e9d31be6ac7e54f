package io.customerlens.domain;

import java.util.Objects;

/**
 * How many lines sold a product (by its key, the code) under one name.
 *
 * @param lines at least 1
 */
public record ProductNameCount(String productKey, String name, long lines) {

    public ProductNameCount {
        Objects.requireNonNull(productKey, "productKey");
        Objects.requireNonNull(name, "name");
        if (lines < 1) {
            throw new IllegalArgumentException("a name counted on no line: " + lines);
        }
    }
}
