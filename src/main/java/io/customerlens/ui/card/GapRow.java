package io.customerlens.ui.card;

import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.LapseWindow;

import java.time.YearMonth;

/** One row of the gap history: a run of months without a purchase, and whether it is a lapse episode. */
record GapRow(YearMonth from, YearMonth to, int months, boolean lapse, boolean open) {

    static GapRow of(Gap gap, LapseWindow window) {
        return new GapRow(gap.start(), gap.end(), gap.months(), gap.isLapse(window), gap.open());
    }
}
