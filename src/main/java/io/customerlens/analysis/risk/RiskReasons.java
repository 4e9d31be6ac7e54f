package io.customerlens.analysis.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reasons shown for a customer's risk, chosen by the model's own contributions: each input that raises this
 * customer's log-odds above an average customer's by at least {@value #MIN_CONTRIBUTION} names the fact behind it,
 * the largest first, at most {@value #MAX_REASONS}, each fact once; a fact is named only when it is true of the
 * customer (orders are said to be "down" only when they fell).
 */
public final class RiskReasons {

    public static final int MAX_REASONS = 3;
    public static final double MIN_CONTRIBUTION = 0.1;
    /** A customer this new is called new. */
    public static final int NEW_CUSTOMER_DAYS = 180;

    private RiskReasons() {
    }

    public static List<RiskReason> of(LogisticModel model, FeatureSpace space, double[] row, TrackFacts facts) {
        double[] contributions = model.contributions(row);
        Map<RiskReason.Kind, Double> strength = new EnumMap<>(RiskReason.Kind.class);
        Map<RiskReason.Kind, RiskReason> reasons = new EnumMap<>(RiskReason.Kind.class);
        for (int column = 0; column < contributions.length; column++) {
            LapseFeature feature = space.baseFeature(column);
            if (feature == null || contributions[column] < MIN_CONTRIBUTION) {
                continue;
            }
            RiskReason reason = reasonFor(feature, facts);
            if (reason != null) {
                strength.merge(reason.kind(), contributions[column], Double::sum);
                reasons.putIfAbsent(reason.kind(), reason);
            }
        }
        List<RiskReason> chosen = new ArrayList<>(reasons.values());
        chosen.sort(Comparator.comparingDouble((RiskReason reason) -> -strength.get(reason.kind()))
                .thenComparing(RiskReason::kind));
        return List.copyOf(chosen.subList(0, Math.min(MAX_REASONS, chosen.size())));
    }

    /** The fact a feature stands for, when it is true of the customer; null otherwise. */
    static RiskReason reasonFor(LapseFeature feature, TrackFacts facts) {
        return switch (feature) {
            case LOG_DAYS_SINCE_LAST, LOG_SILENCE_RATIO, LOG_TYPICAL_INTERVAL -> silence(facts);
            case ORDER_TREND, LOG_ORDERS_12, LOG_PURCHASE_DAYS_12 -> facts.ordersLast6() < facts.ordersPrevious6()
                    ? new RiskReason(RiskReason.Kind.ORDERS_DOWN, facts.ordersPrevious6(), facts.ordersLast6())
                    : null;
            case NET_TREND, SIGNED_LOG_NET_12 -> facts.netLast6() < facts.netPrevious6()
                    ? new RiskReason(RiskReason.Kind.NET_DOWN, facts.netPrevious6(), facts.netLast6())
                    : null;
            case SINGLE_PURCHASE_DAY, LOG_ORDERS, LOG_PURCHASE_DAYS, LOG_AVERAGE_ORDER -> facts.orders() <= 2
                    ? RiskReason.of(RiskReason.Kind.FEW_ORDERS, facts.orders())
                    : null;
            case MONTHS_ACTIVE_12 -> facts.monthsActive12() <= 3
                    ? RiskReason.of(RiskReason.Kind.FEW_ACTIVE_MONTHS, facts.monthsActive12())
                    : null;
            case LOG_PRODUCTS_6, LOG_CATEGORIES_6 -> facts.products6() <= 1
                    ? RiskReason.of(RiskReason.Kind.NARROW_RANGE, facts.products6())
                    : null;
            case RETURN_SHARE -> facts.returnShare() > 0
                    ? RiskReason.of(RiskReason.Kind.RETURNS, facts.returnShare())
                    : null;
            case INTERVAL_SPREAD -> facts.intervalSpread() > 0
                    ? RiskReason.of(RiskReason.Kind.IRREGULAR, facts.intervalSpread())
                    : null;
            case LOG_TENURE -> facts.tenureDays() < NEW_CUSTOMER_DAYS
                    ? RiskReason.of(RiskReason.Kind.NEW_CUSTOMER, facts.tenureDays())
                    : null;
            case MONTH_SIN, MONTH_COS -> null;
        };
    }

    private static RiskReason silence(TrackFacts facts) {
        return Double.isNaN(facts.typicalInterval())
                ? RiskReason.of(RiskReason.Kind.SILENT, facts.daysSinceLast())
                : new RiskReason(RiskReason.Kind.SILENT_VS_USUAL, facts.typicalInterval(), facts.daysSinceLast());
    }
}
