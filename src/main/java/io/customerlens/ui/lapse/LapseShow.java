package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.RiskLevel;

import java.util.function.Predicate;

/** Which customers the Lapse list shows, with the bundle key of each choice. */
public enum LapseShow {
    LAPSED_AND_AT_RISK("lapse.show.lapsedAndAtRisk", level -> level != RiskLevel.OK),
    LAPSED("lapse.show.lapsed", level -> level == RiskLevel.LAPSED),
    AT_RISK("lapse.show.atRisk", level -> level == RiskLevel.AT_RISK),
    ALL("lapse.show.all", level -> true);

    private final String labelKey;
    private final Predicate<RiskLevel> accepts;

    LapseShow(String labelKey, Predicate<RiskLevel> accepts) {
        this.labelKey = labelKey;
        this.accepts = accepts;
    }

    public String labelKey() {
        return labelKey;
    }

    public boolean accepts(RiskLevel level) {
        return accepts.test(level);
    }
}
