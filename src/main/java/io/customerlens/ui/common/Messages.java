package io.customerlens.ui.common;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.i18n.ReadingFormat;
import io.customerlens.service.FailureTexts;
import io.customerlens.settings.FigureStyle;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one locale (bundle "io.customerlens.i18n.messages") and the number and date
 * formats that go with them. Created once per main window; a change of language builds a new one.
 */
public final class Messages {

    public static final String BUNDLE = MessageBundle.BUNDLE;

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private final MessageBundle texts;
    private final FailureTexts failures;
    private final Optional<Path> logFile;
    private final FigureStyle figures;

    /** Texts whose unexpected failures name no log file (tests, tools). */
    public Messages(MessageBundle texts) {
        this(texts, Optional.empty());
    }

    /** @param logFile the file that holds the details of unexpected failures */
    public Messages(MessageBundle texts, Optional<Path> logFile) {
        this(texts, logFile, FigureStyle.PLAIN);
    }

    private Messages(MessageBundle texts, Optional<Path> logFile, FigureStyle figures) {
        this.texts = texts;
        this.logFile = logFile;
        this.failures = new FailureTexts(texts, logFile);
        this.figures = figures;
    }

    /** The same texts with figures shown this way (万, 红涨绿跌; Chinese only). */
    public Messages withFigures(FigureStyle style) {
        return new Messages(texts, logFile, style);
    }

    /** True when rising figures are red and falling ones green: chosen, and the language is Chinese. */
    public boolean risingRed() {
        return figures.risingRed() && chinese();
    }

    private boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(locale().getLanguage());
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(MessageBundle.forLocale(locale));
    }

    /** The bundle below the UI layer, for the wording helpers of the layers below (risk reasons, printed lists). */
    public MessageBundle bundleTexts() {
        return texts;
    }

    public static Messages forLocale(Locale locale, Optional<Path> logFile) {
        return new Messages(MessageBundle.forLocale(locale), logFile);
    }

    /** Why something failed, in this language; a fault of CustomerLens is logged and named by its log file. */
    public FailureTexts failures() {
        return failures;
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
        return new ReadingFormat(locale()).count(value);
    }

    /** An amount with two decimals; in Chinese with 万 chosen, 10,000 and more as 万 (123,456.78 → 12.35万). */
    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        ReadingFormat reading = new ReadingFormat(locale());
        if (figures.amountsInWan() && chinese() && value.abs().compareTo(WAN) >= 0) {
            return format("amount.wan", reading.moneyInUnits(value.divide(WAN)));
        }
        return reading.money(value);
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
