package io.customerlens.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 万 and 红涨绿跌: off until chosen, stored, and a value edited by hand falls back to the default. */
class FigureStyleTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore();

    @Test
    void bothAreOffByDefault() {
        assertThat(new AppSettings(store).get(Setting.FIGURES)).isEqualTo(new FigureStyle(false, false));
    }

    @Test
    void aChoiceIsStoredAndReadBack() {
        new AppSettings(store).set(Setting.FIGURES, new FigureStyle(true, true));

        assertThat(new AppSettings(store).get(Setting.FIGURES)).isEqualTo(new FigureStyle(true, true));
        assertThat(new AppSettings(store).get(Setting.FIGURES).amountsInWan()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "amountsInWan=maybe;risingRed=true", "colour=red", ""})
    void anUnreadableValueFallsBackToTheDefault(String text) {
        assertThat(Setting.FIGURES.read(text)).isEqualTo(FigureStyle.PLAIN);
    }
}
