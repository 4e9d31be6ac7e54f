package io.customerlens.ui.common;

import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The converter of one date field ({@link DateFields}): reads every way {@link DateTexts} accepts and shows ISO.
 * Text that names no date keeps the field's date and is given back as typed, so the field shows what the user
 * wrote (marked invalid) instead of erasing it; a valid text or a date set from elsewhere forgets it.
 */
public final class DateInputConverter extends StringConverter<LocalDate> {

    private final Locale locale;
    private final Supplier<LocalDate> current;
    private String rejected;

    /** @param current the field's date now, kept when the text names none */
    public DateInputConverter(Locale locale, Supplier<LocalDate> current) {
        this.locale = locale;
        this.current = current;
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            rejected = null;
            return null;
        }
        var date = DateTexts.parse(text, locale);
        rejected = date.isPresent() ? null : text;
        return date.orElseGet(current);
    }

    @Override
    public String toString(LocalDate date) {
        return rejected != null ? rejected : DateTexts.format(date);
    }

    /** True when the text is blank or names a date. */
    public boolean accepts(String text) {
        return text == null || text.isBlank() || DateTexts.parse(text, locale).isPresent();
    }

    /** The field's date was set from elsewhere: show it, not the text refused before. */
    void forget() {
        rejected = null;
    }
}
