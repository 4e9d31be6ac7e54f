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

    @Test
    void numbersAreGroupedInTheAppsLanguage() {
        assertThat(new ChartFormats(Locale.SIMPLIFIED_CHINESE).number().format(12345.678)).isEqualTo("12,345.68");
    }
}
