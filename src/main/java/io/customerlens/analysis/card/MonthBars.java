package io.customerlens.analysis.card;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The card chart's months: net amount per month with the customer's gaps and lapse episodes. Pure. */
public final class MonthBars {

    /** The {@code count} calendar months up to and including the as-of month, oldest first. */
    public List<MonthBar> of(CustomerLapse lapse, int count) {
        int asOfMonth = MonthIndex.of(lapse.asOf());
        List<MonthBar> bars = new ArrayList<>(count);
        for (int month = asOfMonth - count + 1; month <= asOfMonth; month++) {
            Optional<Gap> gap = lapse.gapAt(month);
            bars.add(new MonthBar(MonthIndex.toYearMonth(month), lapse.history().netIn(month),
                    lapse.history().boughtIn(month), gap.isPresent(),
                    gap.map(g -> g.isLapse(lapse.window())).orElse(false)));
        }
        return bars;
    }
}
