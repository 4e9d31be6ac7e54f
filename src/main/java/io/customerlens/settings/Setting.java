package io.customerlens.settings;

import io.customerlens.analysis.DataFreshness;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed setting: its storage key, its default, and how it is written as text. The constants are the
 * application's settings; a value that cannot be read back (edited by hand, older version) falls back
 * to the default.
 */
public record Setting<T>(String key, T defaultValue, Function<T, String> writer, Function<String, Optional<T>> reader) {

    public static final Setting<LocaleChoice> LOCALE = new Setting<>("locale", LocaleChoice.SYSTEM,
            LocaleChoice::name, Setting::parseLocaleChoice);

    /** Empty = the default place (see {@link DataFolder}). */
    public static final Setting<Optional<Path>> DATA_FOLDER = new Setting<>("dataFolder", Optional.empty(),
            folder -> folder.map(Path::toString).orElse(""),
            text -> Optional.of(text.isBlank() ? Optional.<Path>empty() : Optional.of(Path.of(text))));

    /**
     * The team server opened instead of the data folder; empty = the data folder (docs/decisions/0020). The
     * password is never a setting.
     */
    public static final Setting<Optional<TeamServerChoice>> TEAM_SERVER = new Setting<>("teamServer",
            Optional.empty(), server -> server.map(TeamServerChoice::write).orElse(""),
            text -> Optional.of(text.isBlank() ? Optional.<TeamServerChoice>empty() : TeamServerChoice.read(text)));

    /** The analysis choices every page shares (docs/definitions.md, "Analysis settings"). */
    public static final Setting<AnalysisSettings> ANALYSIS = new Setting<>("analysis", AnalysisSettings.DEFAULTS,
            AnalysisSettingsText::write, AnalysisSettingsText::read);

    /**
     * Sales data older than this many days (from its latest sale date to today) is stale: Home, Lapse and
     * Follow-ups say so, and generating tasks asks first.
     */
    public static final Setting<Integer> STALE_AFTER_DAYS = new Setting<>("staleAfterDays",
            DataFreshness.DEFAULT_STALE_AFTER_DAYS, String::valueOf, Setting::parseDays);

    /** Amounts in 万 and 红涨绿跌 for Chinese readers (both off by default). */
    public static final Setting<FigureStyle> FIGURES = new Setting<>("figures", FigureStyle.PLAIN, FigureStyle::write,
            FigureStyle::read);

    T read(String text) {
        return reader.apply(text).orElse(defaultValue);
    }

    String write(T value) {
        return writer.apply(value);
    }

    private static Optional<Integer> parseDays(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return days >= 0 ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocaleChoice> parseLocaleChoice(String text) {
        for (LocaleChoice choice : LocaleChoice.values()) {
            if (choice.name().equals(text)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
