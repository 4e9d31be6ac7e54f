package io.customerlens.ui.home;

import io.customerlens.service.lapse.LapseHeadline;

import java.util.Set;
import java.util.function.Function;

/** Home's four headline figures, each with its name and the customers it counts. */
public enum HeadlineFigure {
    LAPSED("home.headline.lapsed", LapseHeadline::lapsedKeys),
    NEWLY_LAPSED("home.headline.newlyLapsed", LapseHeadline::newlyLapsedKeys),
    AT_RISK("home.headline.atRisk", LapseHeadline::atRiskKeys),
    WON_BACK("home.headline.wonBack", LapseHeadline::wonBackKeys);

    private final String nameKey;
    private final Function<LapseHeadline, Set<String>> customers;

    HeadlineFigure(String nameKey, Function<LapseHeadline, Set<String>> customers) {
        this.nameKey = nameKey;
        this.customers = customers;
    }

    public String nameKey() {
        return nameKey;
    }

    Set<String> customersOf(LapseHeadline headline) {
        return customers.apply(headline);
    }
}
