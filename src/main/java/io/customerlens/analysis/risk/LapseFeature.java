package io.customerlens.analysis.risk;

import java.util.function.ToDoubleFunction;

/**
 * The model's features made from a customer's {@link TrackFacts} (docs/definitions.md, "Lapse-risk model").
 * Counts, days and money enter as logarithms, so that one huge customer does not dominate and a change from 1 to
 * 2 orders weighs like one from 10 to 20; trends are bounded to −1 … 1.
 */
public enum LapseFeature {
    LOG_DAYS_SINCE_LAST(facts -> Math.log1p(facts.daysSinceLast())),
    LOG_PURCHASE_DAYS(facts -> Math.log1p(facts.purchaseDays())),
    LOG_PURCHASE_DAYS_12(facts -> Math.log1p(facts.purchaseDays12())),
    LOG_ORDERS(facts -> Math.log1p(facts.orders())),
    LOG_ORDERS_12(facts -> Math.log1p(facts.orders12())),
    LOG_TENURE(facts -> Math.log1p(facts.tenureDays())),
    /** The own interval; a customer with one purchase day has none and takes its tenure. */
    LOG_TYPICAL_INTERVAL(facts -> Math.log1p(single(facts) ? facts.tenureDays() : facts.typicalInterval())),
    INTERVAL_SPREAD(facts -> Math.min(3.0, facts.intervalSpread())),
    /** ln((1 + silent days) ÷ (1 + own interval)): 0 for a customer with one purchase day (see the next feature). */
    LOG_SILENCE_RATIO(facts -> single(facts) ? 0 : Math.log((1 + facts.daysSinceLast()) / (1 + facts.typicalInterval()))),
    SINGLE_PURCHASE_DAY(facts -> single(facts) ? 1 : 0),
    ORDER_TREND(facts -> trend(facts.ordersLast6(), facts.ordersPrevious6())),
    NET_TREND(facts -> trend(facts.netLast6(), facts.netPrevious6())),
    SIGNED_LOG_NET_12(facts -> Math.signum(facts.net12()) * Math.log1p(Math.abs(facts.net12()))),
    LOG_AVERAGE_ORDER(facts -> Math.log1p(Math.max(0, facts.averageOrder()))),
    RETURN_SHARE(TrackFacts::returnShare),
    LOG_PRODUCTS_6(facts -> Math.log1p(facts.products6())),
    LOG_CATEGORIES_6(facts -> Math.log1p(facts.categories6())),
    MONTHS_ACTIVE_12(facts -> facts.monthsActive12() / 12.0),
    MONTH_SIN(facts -> Math.sin(2 * Math.PI * (facts.calendarMonth() - 1) / 12)),
    MONTH_COS(facts -> Math.cos(2 * Math.PI * (facts.calendarMonth() - 1) / 12));

    private final ToDoubleFunction<TrackFacts> value;

    LapseFeature(ToDoubleFunction<TrackFacts> value) {
        this.value = value;
    }

    public double of(TrackFacts facts) {
        return value.applyAsDouble(facts);
    }

    /** (recent − earlier) ÷ (|recent| + |earlier| + 1): −1 … 1, 0 when both are equal. */
    static double trend(double recent, double earlier) {
        return (recent - earlier) / (Math.abs(recent) + Math.abs(earlier) + 1);
    }

    private static boolean single(TrackFacts facts) {
        return Double.isNaN(facts.typicalInterval());
    }
}
