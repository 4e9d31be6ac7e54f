package io.customerlens.ui.charts;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ChartThemeTest {

    @Test
    void choosesTheFirstPreferredFamilyThatIsInstalled() {
        assertThat(ChartTheme.chooseFamily(List.of("Arial", "WenQuanYi Micro Hei", "Microsoft YaHei")))
                .isEqualTo("Microsoft YaHei");
        assertThat(ChartTheme.chooseFamily(List.of("DejaVu Sans", "wenquanyi micro hei")))
                .isEqualTo("WenQuanYi Micro Hei");
    }

    @Test
    void fallsBackToSansSerifWithoutAChineseFont() {
        assertThat(ChartTheme.chooseFamily(List.of("Arial", "DejaVu Sans"))).isEqualTo("SansSerif");
    }

    @Test
    void themeForThisComputerUsesAnInstalledFamilyThatDrawsChinese() {
        ChartTheme theme = ChartTheme.forInstalledFonts();
        List<String> installed = List.of(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH));

        assertThat(theme.getRegularFont().getFamily(Locale.ENGLISH)).isEqualTo(theme.fontFamily());
        if (!theme.fontFamily().equals(ChartTheme.FALLBACK_FAMILY)) {
            assertThat(installed).contains(theme.fontFamily());
            assertThat(theme.getExtraLargeFont().canDisplayUpTo("客户流失率")).isEqualTo(-1);
        }
    }

    @Test
    void backgroundsAreWhiteAndFontsShareOneFamily() {
        ChartTheme theme = new ChartTheme(List.of("Noto Sans CJK SC"));

        assertThat(theme.getChartBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(theme.getPlotBackgroundPaint()).isEqualTo(Color.WHITE);
        assertThat(List.of(theme.getExtraLargeFont(), theme.getLargeFont(), theme.getRegularFont(),
                theme.getSmallFont())).allSatisfy(font -> assertThat(font.getName()).isEqualTo("Noto Sans CJK SC"));
        assertThat(theme.getExtraLargeFont().isBold()).isTrue();
    }

    @Test
    void paletteRepeatsAfterTenColours() {
        ChartTheme theme = new ChartTheme(List.of());

        assertThat(theme.seriesColor(0)).isNotEqualTo(theme.seriesColor(1));
        assertThat(theme.seriesColor(10)).isEqualTo(theme.seriesColor(0));
    }
}
