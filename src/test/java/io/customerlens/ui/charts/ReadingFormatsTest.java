package io.customerlens.ui.charts;

import io.customerlens.report.pdf.PdfFormats;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 5, one number format per kind: a share reads the same in a table (ReadingFormat), on a chart's label
 * or tooltip (ChartFormats) and on paper (PdfFormats), always with one decimal; money with two decimals in both.
 */
class ReadingFormatsTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 0.19; 19.0%",
            "en; 0.216; 21.6%",
            "en; 0.12549; 12.5%",
            "en; 1; 100.0%",
            "zh-CN; 0.19; 19.0%",
            "zh-CN; 0.0004; 0.0%",
    })
    void aShareReadsTheSameOnScreenOnChartsAndInPrint(String language, String fraction, String expected) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(new ReadingFormat(Messages.forLocale(locale).locale()).percent(new BigDecimal(fraction))).isEqualTo(expected);
        assertThat(new ChartFormats(locale).valuePercent().format(Double.parseDouble(fraction))).isEqualTo(expected);
        assertThat(new PdfFormats(locale).percent(Double.parseDouble(fraction))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 1234.5; 1,234.50",
            "en; 7; 7.00",
            "zh-CN; 2000; 2,000.00",
    })
    void moneyHasTwoDecimalsOnScreenAndInPrint(String language, String amount, String expected) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(Messages.forLocale(locale).amount(new BigDecimal(amount))).isEqualTo(expected);
        assertThat(new PdfFormats(locale).money(new BigDecimal(amount))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "0.034; ▲ 3.4",
            "-0.0136; ▼ 1.4",
            "0; 0.0",
    })
    void sharePointsHaveOneDecimalAndAnArrow(String change, String expected) {
        assertThat(new ReadingFormat(Messages.forLocale(Locale.ENGLISH).locale()).points(new BigDecimal(change)))
                .isEqualTo(expected);
    }
}
