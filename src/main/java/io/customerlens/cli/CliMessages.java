package io.customerlens.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's texts in one language, from the bundle "io.customerlens.i18n.messages". */
public final class CliMessages {

    public static final String BUNDLE = "io.customerlens.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public CliMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts for {@code locale}; English (the base bundle) when there is no translation. */
    public static CliMessages forLocale(Locale locale) {
        // Never fall back to the JVM's default locale: the English file is the base bundle.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new CliMessages(bundle, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... filled in; numbers in this locale's format. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
