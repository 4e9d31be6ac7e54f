package io.customerlens.service;

import io.customerlens.domain.Field;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.ImportPlan;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * Choices that override what the importer detects. {@code sheet}: empty = the detected sales sheets,
 * a sheet name, or "all" = every sheet holding sales lines. {@code mapping}: field -> source header.
 * {@code daysAheadAllowed}: lines dated later than today plus this many days are rejected.
 */
public record ImportOptions(Optional<Charset> encoding, Optional<String> sheet, Map<Field, String> mapping,
                            Optional<DateOrder> dateOrder, int daysAheadAllowed) {

    public static final String ALL_SHEETS = "all";

    public ImportOptions {
        mapping = Map.copyOf(mapping);
        if (daysAheadAllowed < 0) {
            throw new IllegalArgumentException("days ahead allowed must not be negative: " + daysAheadAllowed);
        }
    }

    /** Options with the default days ahead ({@value ImportPlan#DEFAULT_DAYS_AHEAD}). */
    public ImportOptions(Optional<Charset> encoding, Optional<String> sheet, Map<Field, String> mapping,
                         Optional<DateOrder> dateOrder) {
        this(encoding, sheet, mapping, dateOrder, ImportPlan.DEFAULT_DAYS_AHEAD);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
    }
}
