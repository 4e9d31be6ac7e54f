package io.customerlens.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a date field accepts: ISO (2026-12-15) in every language, and the ways the language writes a date —
 * Chinese 2026/12/15 or 2026年12月15日, English 12/15/2026 or Dec 15, 2026. Dates are shown as ISO everywhere
 * ({@link Messages#date}). Impossible dates (2026-02-30) are refused, not moved to the next valid day.
 */
public final class DateTexts {

    private static final DateTimeFormatter ISO = strict("uuuu-M-d", Locale.ROOT);
    private static final List<DateTimeFormatter> CHINESE = List.of(strict("uuuu/M/d", Locale.ROOT),
            strict("uuuu年M月d日", Locale.ROOT), strict("uuuu.M.d", Locale.ROOT));
    private static final List<DateTimeFormatter> ENGLISH = List.of(strict("M/d/uuuu", Locale.ENGLISH),
            strict("MMM d, uuuu", Locale.ENGLISH), strict("MMMM d, uuuu", Locale.ENGLISH),
            strict("MMM d uuuu", Locale.ENGLISH), strict("MMMM d uuuu", Locale.ENGLISH));

    private DateTexts() {
    }

    /** The date the text names, or empty when it names none (blank text included). */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : formats(locale)) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException e) {
                // the next accepted way of writing it
            }
        }
        return Optional.empty();
    }

    /** How a date is shown: ISO, in every language. */
    public static String format(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        List<DateTimeFormatter> local = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ISO), local.stream()).toList();
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
