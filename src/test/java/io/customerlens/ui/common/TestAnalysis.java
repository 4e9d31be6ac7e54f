package io.customerlens.ui.common;

import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;

/** Shared analysis settings kept in memory, so view model tests never touch the user's preferences. */
public final class TestAnalysis {

    private TestAnalysis() {
    }

    public static AnalysisChoices choices() {
        return new AnalysisChoices(new AppSettings(new InMemorySettingsStore()));
    }
}
