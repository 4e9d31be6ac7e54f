package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.DateOrder;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * Choices that override what the importer detects. {@code sheet}: empty = the detected sales sheets,
 * a sheet name, or "all" = every sheet holding sales lines. {@code mapping}: field -> source header.
 */
public record ImportOptions(Optional<Charset> encoding, Optional<String> sheet, Map<Field, String> mapping,
                            Optional<DateOrder> dateOrder) {

    public static final String ALL_SHEETS = "all";

    public ImportOptions {
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
    }
}
