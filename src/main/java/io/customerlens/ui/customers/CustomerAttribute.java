package io.customerlens.ui.customers;

import io.customerlens.service.CustomerRow;

import java.util.Locale;
import java.util.function.Function;

/**
 * The customer attributes and segments the Customers view filters by, how to read each from a row, and
 * for segments the bundle prefix that turns the stored code into the text shown.
 */
public enum CustomerAttribute {
    TYPE(row -> row.info().type(), null),
    REGION(row -> row.info().region(), null),
    CHANNEL(row -> row.info().channel(), null),
    SALESPERSON(row -> row.info().salesperson(), null),
    RFM_SEGMENT(row -> row.segments().rfm() == null ? null : row.segments().rfm().code(), "segments.rfm."),
    VALUE_TIER(row -> row.segments().valueTier() == null ? null
            : row.segments().valueTier().name().toLowerCase(Locale.ROOT), "segments.tier."),
    KEY_ACCOUNT_TIER(row -> row.segments().keyAccountTier() == null ? null : row.segments().keyAccountTier().code(),
            "segments.keyTier."),
    LIFECYCLE(row -> row.segments().lifecycle() == null ? null : row.segments().lifecycle().code(), "segments.stage.");

    private final Function<CustomerRow, String> reader;
    private final String labelPrefix;

    CustomerAttribute(Function<CustomerRow, String> reader, String labelPrefix) {
        this.reader = reader;
        this.labelPrefix = labelPrefix;
    }

    public String of(CustomerRow row) {
        return reader.apply(row);
    }

    /** The import field that carries this attribute; null for the segments, which the analysis computes. */
    public String importField() {
        return switch (this) {
            case TYPE -> "customer_type";
            case REGION -> "region";
            case CHANNEL -> "channel";
            case SALESPERSON -> "salesperson";
            default -> null;
        };
    }

    /** For a segment, the bundle prefix of its values' texts; null for attributes shown as they are. */
    public String labelPrefix() {
        return labelPrefix;
    }
}
