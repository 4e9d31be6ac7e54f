package io.customerlens.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one language, from the bundle {@value #BUNDLE}: the one place where both the
 * window and the command line load and fill in their texts.
 */
public final class MessageBundle {

    public static final String BUNDLE = "io.customerlens.i18n.messages";

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ResourceBundle bundle;
    private final Locale locale;

    public MessageBundle(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for {@code locale}; English (the base bundle) when there is no translation. */
    public static MessageBundle forLocale(Locale locale) {
        // Never fall back to the JVM's default locale: the English file is the base bundle.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageBundle(bundle, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
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

    /**
     * A moment (an import's start, a file's import) as the user's wall clock showed it: 2026-12-07 08:30 in the
     * system's time zone, the same in every language, like dates.
     */
    public String moment(Instant value) {
        return MOMENT.format(value.atZone(ZoneId.systemDefault()));
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}} ... filled in; numbers in this locale's format, and a
     * {@link ReadingFormat.Figure} (a threshold in whole days, money, a share) as the one ReadingFormat words it.
     */
    public String format(String key, Object... arguments) {
        Object[] filled = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof ReadingFormat.Figure figure) {
                if (filled == arguments) {
                    filled = arguments.clone();
                }
                filled[i] = figure.in(new ReadingFormat(locale));
            }
        }
        return new MessageFormat(get(key), locale).format(filled);
    }
}
