package io.customerlens.settings;

import java.util.Locale;

/** The language the user picked: follow the operating system, or one of the two shipped translations. */
public enum LocaleChoice {
    SYSTEM, ZH_CN, EN;

    /**
     * The locale to load the bundles with; {@code system} is the JVM default when following the system.
     * Any Chinese system locale (zh, zh_TW, zh_HK, zh_SG) gets the Chinese texts: closer than English.
     */
    public Locale resolve(Locale system) {
        return switch (this) {
            case SYSTEM -> system.getLanguage().equals(Locale.CHINESE.getLanguage()) ? chineseTexts(system) : system;
            case ZH_CN -> Locale.SIMPLIFIED_CHINESE;
            case EN -> Locale.ENGLISH;
        };
    }

    private static Locale chineseTexts(Locale system) {
        return system.getCountry().equals("CN") ? system : Locale.SIMPLIFIED_CHINESE;
    }
}
