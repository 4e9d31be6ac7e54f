package io.customerlens.ui.common;

import io.customerlens.i18n.MessageBundle;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one locale (bundle "io.customerlens.i18n.messages") and the number and date
 * formats that go with them. Created once per main window; a change of language builds a new one.
 */
public final class Messages {

    public static final String BUNDLE = MessageBundle.BUNDLE;

    private final MessageBundle texts;

    public Messages(MessageBundle texts) {
        this.texts = texts;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(MessageBundle.forLocale(locale));
    }

    /** The bundle below the UI layer, for the services' wording helpers (risk reasons, printed lists). */
    public MessageBundle bundleTexts() {
        return texts;
    }

    public Locale locale() {
        return texts.locale();
    }

    /** The bundle itself, for writers outside the user interface that label files (rejected lines). */
    public ResourceBundle bundle() {
        return texts.bundle();
    }

    /** The text of {@code key}; a missing key shows as {@code !key!} so it is noticed, not hidden. */
    public String get(String key) {
        return texts.get(key);
    }

    public boolean has(String key) {
        return texts.has(key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... filled in (numbers in this locale's format). */
    public String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A moment as the user's wall clock showed it ({@link MessageBundle#moment}). */
    public String moment(java.time.Instant value) {
        return texts.moment(value);
    }

    /** Dates are shown as ISO (2024-03-05) in every language: unambiguous for day-first and month-first users. */
    public String date(LocalDate value) {
        return value == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(value);
    }
}
