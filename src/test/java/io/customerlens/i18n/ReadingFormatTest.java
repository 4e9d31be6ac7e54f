package io.customerlens.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 5: the one format per kind that the screen, the charts, the risk reasons and the printed reports
 * share. Expectations worked out by hand, in English and in Chinese (the same digits, grouping and % sign).
 */
class ReadingFormatTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 0.19; 19.0%",
            "en; 0.216; 21.6%",
            "en; 0.12549; 12.5%",
            "en; 1; 100.0%",
            "en; 12.345; 1,234.5%",
            "zh-CN; 0.19; 19.0%",
            "zh-CN; 0.0004; 0.0%",
            "zh-CN; 0.6667; 66.7%",
    })
    void aShareHasOneDecimal(String language, String share, String expected) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));

        assertThat(reading.percent(new BigDecimal(share))).isEqualTo(expected);
        assertThat(reading.percent(Double.parseDouble(share))).isEqualTo(expected);
        assertThat(reading.percentFormat().format(Double.parseDouble(share))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} → growth {2}, points {3}, signed points {4}, signed {5}")
    @CsvSource(delimiter = ';', value = {
            "en; 0.034; ▲ 3.4%; ▲ 3.4; +3.4; +3.4%",
            "en; -0.0136; ▼ 1.4%; ▼ 1.4; −1.4; −1.4%",
            "en; 0; 0.0%; 0.0; 0.0; 0.0%",
            "zh-CN; 0.125; ▲ 12.5%; ▲ 12.5; +12.5; +12.5%",
            "zh-CN; -0.03; ▼ 3.0%; ▼ 3.0; −3.0; −3.0%",
    })
    void aChangeCarriesItsDirection(String language, String change, String growth, String points,
                                    String signedPoints, String signedPercent) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));

        assertThat(reading.growth(new BigDecimal(change))).isEqualTo(growth);
        assertThat(reading.points(new BigDecimal(change))).isEqualTo(points);
        assertThat(reading.signedPoints(Double.parseDouble(change))).isEqualTo(signedPoints);
        assertThat(reading.signedPercent(Double.parseDouble(change))).isEqualTo(signedPercent);
    }

    @ParameterizedTest(name = "{0}: {1} days → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 76.2; 76",
            "en; 76.5; 77",
            "en; 7.0; 7",
            "en; 1234.4; 1,234",
            "zh-CN; 76.2; 76",
            "zh-CN; 0.5; 1",
    })
    void daysReadWhole(String language, String days, String expected) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));

        assertThat(reading.wholeDays(Double.parseDouble(days))).isEqualTo(expected);
        assertThat(reading.wholeDays(new BigDecimal(days))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} / {3}")
    @CsvSource(delimiter = ';', value = {
            "en; 1234.5; 1,234.50; 1,235",
            "en; 7; 7.00; 7",
            "zh-CN; 2000; 2,000.00; 2,000",
            "zh-CN; 1999.6; 1,999.60; 2,000",
    })
    void moneyHasTwoDecimalsOrNoneInASentence(String language, String amount, String money, String whole) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));

        assertThat(reading.money(new BigDecimal(amount))).isEqualTo(money);
        assertThat(reading.wholeMoney(Double.parseDouble(amount))).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 3; 3.0",
            "en; 2.25; 2.2",
            "zh-CN; 1234.56; 1,234.6",
    })
    void oneDecimalAlwaysShowsItsDecimal(String language, String value, String expected) {
        assertThat(new ReadingFormat(Locale.forLanguageTag(language)).oneDecimal(Double.parseDouble(value)))
                .isEqualTo(expected);
    }

    /**
     * Issue 16 item 5: a negative figure of every kind reads with the minus sign "−" (U+2212), never the hyphen "-",
     * and a figure that reads zero once rounded has no sign, arrow or "+" (−0.0, −0.0004 as a share, −0.004 as
     * money). Kinds: the methods of ReadingFormat; "axisPercent" and "axisNumber" are the chart formats.
     */
    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(delimiter = ';', value = {
            "percent;       en;    -0.034;    −3.4%",
            "percent;       zh-CN; -0.175;    −17.5%",
            "percent;       en;    -0.0;      0.0%",
            "percent;       en;    -0.0004;   0.0%",
            "percent;       zh-CN; -0.00049;  0.0%",
            "percent;       en;    -12.345;   −1,234.5%",
            "signedPercent; en;    -0.03;     −3.0%",
            "signedPercent; zh-CN; -0.0004;   0.0%",
            "signedPercent; en;    0.0004;    0.0%",
            "signedPercent; en;    -0.0;      0.0%",
            "signedPoints;  zh-CN; -0.125;    −12.5",
            "signedPoints;  en;    -0.0003;   0.0",
            "signedPoints;  en;    0.0003;    0.0",
            "growth;        en;    -0.0004;   0.0%",
            "growth;        zh-CN; -0.2;      ▼ 20.0%",
            "growth;        en;    0.0004;    0.0%",
            "points;        en;    -0.0004;   0.0",
            "points;        zh-CN; -0.012;    ▼ 1.2",
            "money;         en;    -1234.5;   −1,234.50",
            "money;         zh-CN; -26.88;    −26.88",
            "money;         zh-CN; -0.004;    0.00",
            "money;         en;    -0.0;      0.00",
            "wholeMoney;    en;    -2000.4;   −2,000",
            "wholeMoney;    en;    -0.4;      0",
            "oneDecimal;    en;    -1.5;      −1.5",
            "oneDecimal;    zh-CN; -0.04;     0.0",
            "oneDecimal;    en;    -0.0;      0.0",
            "wholeDays;     en;    -76.5;     −77",
            "wholeDays;     en;    -0.4;      0",
            "count;         en;    -1234;     −1,234",
            "count;         zh-CN; 0;         0",
            "axisPercent;   en;    -0.2;      −20%",
            "axisPercent;   zh-CN; -0.125;    −12.5%",
            "axisPercent;   en;    -0.0;      0%",
            "axisPercent;   en;    -0.0004;   0%",
            "axisNumber;    en;    -1234.567; −1,234.57",
            "axisNumber;    zh-CN; -0.001;    0",
    })
    void aNegativeFigureReadsWithTheMinusSignAndZeroHasNoSign(String kind, String language, String value,
                                                             String expected) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));
        double number = Double.parseDouble(value);

        String shown = switch (kind) {
            case "percent" -> reading.percent(number);
            case "signedPercent" -> reading.signedPercent(number);
            case "signedPoints" -> reading.signedPoints(number);
            case "growth" -> reading.growth(new BigDecimal(value));
            case "points" -> reading.points(new BigDecimal(value));
            case "money" -> reading.money(new BigDecimal(value));
            case "wholeMoney" -> reading.wholeMoney(number);
            case "oneDecimal" -> reading.oneDecimal(number);
            case "wholeDays" -> reading.wholeDays(number);
            case "count" -> reading.count(Long.parseLong(value));
            case "axisPercent" -> reading.axisPercentFormat().format(number);
            case "axisNumber" -> reading.axisNumberFormat().format(number);
            default -> throw new IllegalArgumentException(kind);
        };

        assertThat(shown).isEqualTo(expected).doesNotContain("-");
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; -0.034; −3.4%",
            "en; -0.0; 0.0%",
            "zh-CN; -0.00049; 0.0%",
    })
    void aShareAsABigDecimalReadsAsTheDouble(String language, String share, String expected) {
        ReadingFormat reading = new ReadingFormat(Locale.forLanguageTag(language));

        assertThat(reading.percent(new BigDecimal(share))).isEqualTo(expected);
        assertThat(reading.percentFormat().format(new BigDecimal(share))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nothingToShowReadsEmpty() {
        ReadingFormat reading = new ReadingFormat(Locale.ENGLISH);

        assertThat(reading.percent((BigDecimal) null)).isEmpty();
        assertThat(reading.percent(Double.NaN)).isEmpty();
        assertThat(reading.growth(null)).isEmpty();
        assertThat(reading.points(null)).isEmpty();
        assertThat(reading.wholeDays(Double.NaN)).isEmpty();
        assertThat(reading.money(null)).isEmpty();
    }
}
