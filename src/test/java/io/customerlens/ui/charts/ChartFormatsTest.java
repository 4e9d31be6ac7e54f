package io.customerlens.ui.charts;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChartFormatsTest {

    @Test
    void percentagesShowFractionsWithOneDecimal() {
        assertThat(new ChartFormats(Locale.SIMPLIFIED_CHINESE).percent().format(0.125)).isEqualTo("12.5%");
        assertThat(new ChartFormats(Locale.ENGLISH).percent().format(0.5)).isEqualTo("50%");
        assertThat(new ChartFormats(Locale.GERMANY).percent().format(0.125)).isEqualTo("12,5\u00a0%");
    }

    /** The BCG growth axis and the amount axes read negatives as the tables do: "−20%", never "-20%". */
    @Test
    void axisTicksReadNegativesWithTheMinusSignAndZeroWithout() {
        assertThat(new ChartFormats(Locale.ENGLISH).percent().format(-0.2)).isEqualTo("\u221220%");
        assertThat(new ChartFormats(Locale.SIMPLIFIED_CHINESE).percent().format(-0.034)).isEqualTo("\u22123.4%");
        assertThat(new ChartFormats(Locale.ENGLISH).percent().format(-0.0)).isEqualTo("0%");
        assertThat(new ChartFormats(Locale.SIMPLIFIED_CHINESE).number().format(-1234.5)).isEqualTo("\u22121,234.5");
        assertThat(new ChartFormats(Locale.ENGLISH).multiples().format(0.5)).isEqualTo("0.5×");
    }

    @Test
    void numbersAreGroupedInTheAppsLanguage() {
        assertThat(new ChartFormats(Locale.SIMPLIFIED_CHINESE).number().format(12345.678)).isEqualTo("12,345.68");
    }
}
