package io.customerlens.ui.common;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one locale (bundle "io.customerlens.i18n.messages") and the number and date
 * formats that go with them. Created once per main window; a change of language builds a new one.
 */
public final class Messages {

    public static final String BUNDLE = "io.customerlens.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        // The English file is the base bundle; never fall back to the JVM's default locale instead.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bundle itself, for writers outside the user interface that label files (rejected lines). */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text of {@code key}; a missing key shows as {@code !key!} so it is noticed, not hidden. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... filled in (numbers in this locale's format). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Dates are shown as ISO (2024-03-05) in every language: unambiguous for day-first and month-first users. */
    public String date(LocalDate value) {
        return value == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }
}
