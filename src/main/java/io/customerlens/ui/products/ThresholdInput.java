package io.customerlens.ui.products;

import io.customerlens.i18n.ReadingFormat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the thresholds the user types: "12,345.6" or "12345.6" for an amount, "8.5" or "8.5%" for a growth.
 * The outer Optional is empty when the text cannot be read; the inner one is empty for blank (automatic).
 */
final class ThresholdInput {

    private final Locale locale;

    ThresholdInput(Locale locale) {
        this.locale = locale;
    }

    Optional<Optional<BigDecimal>> amount(String text) {
        return number(text, false);
    }

    /** A percentage typed as 8.5 becomes the fraction 0.085. */
    Optional<Optional<BigDecimal>> percent(String text) {
        return number(text, true);
    }

    private Optional<Optional<BigDecimal>> number(String text, boolean percent) {
        // A figure copied from the page reads "−3.4%" (the minus sign); java.text parses only the hyphen.
        String cleaned = text == null ? "" : text.strip().replace(ReadingFormat.MINUS, "-");
        if (percent && (cleaned.endsWith("%") || cleaned.endsWith("％"))) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (cleaned.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(cleaned, position);
        if (parsed == null || position.getIndex() != cleaned.length()) {
            return Optional.empty();
        }
        BigDecimal value = parsed instanceof BigDecimal exact ? exact : new BigDecimal(parsed.toString());
        return Optional.of(Optional.of(percent ? value.movePointLeft(2) : value));
    }
}
