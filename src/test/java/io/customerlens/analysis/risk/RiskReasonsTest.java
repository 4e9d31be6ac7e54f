package io.customerlens.analysis.risk;

import io.customerlens.analysis.risk.RiskReason.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.customerlens.analysis.risk.LapseFeature.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reasons RiskReasons names, in which order: a model with means 0, scales 1 and weights 1 makes each input's
 * contribution its own value, so a row is written as the contributions wanted.
 */
class RiskReasonsTest {

    private static final int BASE = LapseFeature.values().length;
    private static final FeatureSpace SPACE = new FeatureSpace(List.of());

    private static LogisticModel unitModel(int inputs) {
        double[] ones = new double[inputs];
        Arrays.fill(ones, 1);
        return new LogisticModel(new double[inputs], ones, ones, -2);
    }

    private static double[] row(Map<LapseFeature, Double> contributions) {
        double[] row = new double[BASE];
        contributions.forEach((feature, value) -> row[feature.ordinal()] = value);
        return row;
    }

    /*
     * Silent 60 days against a usual 20; orders 4 → 1 and net 799 → 200 between the half-years; 11 orders, tenure
     * 400 (neither few nor new); 1 product in the half-year; active in 3 of 12 months; returned 201 of 1200 (0.1675);
     * interval spread 0.5.
     */
    private static final TrackFacts FALLING = new TrackFacts(60, 9, 4, 11, 5, 1, 4, 400, 20, 0.5,
            999, 200, 799, 1200, 201, 99, 1, 1, 3, 4);

    /** The same customer with orders up (1 → 4) and net up (200 → 799), several products, active 8 months. */
    private static final TrackFacts RISING = new TrackFacts(60, 9, 4, 11, 5, 4, 1, 400, 20, 0.5,
            999, 799, 200, 1200, 201, 99, 5, 2, 8, 4);

    /** Orders level (2 and 2). */
    private static final TrackFacts LEVEL = new TrackFacts(60, 9, 4, 11, 4, 2, 2, 400, 20, 0.5,
            999, 500, 499, 1200, 0, 99, 5, 2, 8, 4);

    /** One purchase day 45 days ago: 1 order, a customer of 45 days. */
    private static final TrackFacts SINGLE = new TrackFacts(45, 1, 1, 1, 1, 1, 0, 45, Double.NaN, 0,
            80, 80, 0, 80, 0, 80, 2, 1, 1, 1);

    private static final RiskReason SILENT_60_VS_20 = new RiskReason(Kind.SILENT_VS_USUAL, 20, 60);
    private static final RiskReason ORDERS_4_TO_1 = new RiskReason(Kind.ORDERS_DOWN, 4, 1);
    private static final RiskReason NET_799_TO_200 = new RiskReason(Kind.NET_DOWN, 799, 200);
    private static final RiskReason RETURNS = RiskReason.of(Kind.RETURNS, 201.0 / 1200);
    private static final RiskReason FEW_MONTHS_3 = RiskReason.of(Kind.FEW_ACTIVE_MONTHS, 3);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the largest first, at most three (returns 0.2 is fourth and dropped)",
                        Map.of(LOG_DAYS_SINCE_LAST, 1.0, ORDER_TREND, 0.5, NET_TREND, 0.3, RETURN_SHARE, 0.2), FALLING,
                        List.of(SILENT_60_VS_20, ORDERS_4_TO_1, NET_799_TO_200)),
                Arguments.of("the order follows the contributions, not the enum",
                        Map.of(LOG_DAYS_SINCE_LAST, 0.2, ORDER_TREND, 0.9, RETURN_SHARE, 0.5), FALLING,
                        List.of(ORDERS_4_TO_1, RETURNS, SILENT_60_VS_20)),
                // silence 0.3 + 0.3 = 0.6 beats orders 0.5: one fact, named once, its inputs summed
                Arguments.of("inputs of one fact add up: silence 0.3 + 0.3 over orders 0.5",
                        Map.of(LOG_DAYS_SINCE_LAST, 0.3, LOG_SILENCE_RATIO, 0.3, ORDER_TREND, 0.5), FALLING,
                        List.of(SILENT_60_VS_20, ORDERS_4_TO_1)),
                // orders 0.5 + 0.2 + 0.15 = 0.85 beats silence 0.8
                Arguments.of("orders 0.5 + 0.2 + 0.15 over silence 0.8",
                        Map.of(LOG_DAYS_SINCE_LAST, 0.8, ORDER_TREND, 0.5, LOG_ORDERS_12, 0.2,
                                LOG_PURCHASE_DAYS_12, 0.15), FALLING,
                        List.of(ORDERS_4_TO_1, SILENT_60_VS_20)),
                // MIN_CONTRIBUTION 0.1 is in; 0.0999 is out; two inputs of 0.06 each are each too small
                Arguments.of("exactly the minimum counts, just below does not, small ones do not add up",
                        Map.of(RETURN_SHARE, 0.1, INTERVAL_SPREAD, 0.0999, LOG_DAYS_SINCE_LAST, 0.06,
                                LOG_SILENCE_RATIO, 0.06), FALLING,
                        List.of(RETURNS)),
                Arguments.of("inputs that lower the risk name nothing",
                        Map.of(LOG_DAYS_SINCE_LAST, -2.0, ORDER_TREND, -0.5), FALLING,
                        List.of()),
                Arguments.of("the month is never a reason",
                        Map.of(MONTH_SIN, 3.0, MONTH_COS, 3.0), FALLING,
                        List.of()),
                // equal strengths: by the Kind's order, FEW_ACTIVE_MONTHS before RETURNS
                Arguments.of("ties by kind",
                        Map.of(RETURN_SHARE, 0.5, MONTHS_ACTIVE_12, 0.5), FALLING,
                        List.of(FEW_MONTHS_3, RETURNS)),
                Arguments.of("orders up: the order inputs name nothing, net up: the net inputs neither",
                        Map.of(ORDER_TREND, 2.0, LOG_ORDERS_12, 1.0, LOG_PURCHASE_DAYS_12, 1.0, NET_TREND, 1.0,
                                SIGNED_LOG_NET_12, 1.0, LOG_DAYS_SINCE_LAST, 0.5), RISING,
                        List.of(SILENT_60_VS_20)),
                Arguments.of("orders level: not down",
                        Map.of(ORDER_TREND, 2.0, LOG_ORDERS_12, 1.0), LEVEL,
                        List.of()),
                Arguments.of("a range of five products, eight active months and 11 orders are not reasons",
                        Map.of(LOG_PRODUCTS_6, 1.0, LOG_CATEGORIES_6, 1.0, MONTHS_ACTIVE_12, 1.0, LOG_ORDERS, 1.0,
                                LOG_TENURE, 1.0), RISING,
                        List.of()),
                Arguments.of("one purchase day: silent without a usual interval, few orders, new",
                        Map.of(LOG_DAYS_SINCE_LAST, 0.9, SINGLE_PURCHASE_DAY, 0.8, LOG_TENURE, 0.7), SINGLE,
                        List.of(RiskReason.of(Kind.SILENT, 45), RiskReason.of(Kind.FEW_ORDERS, 1),
                                RiskReason.of(Kind.NEW_CUSTOMER, 45))),
                Arguments.of("narrow range and irregular",
                        Map.of(LOG_PRODUCTS_6, 0.4, INTERVAL_SPREAD, 0.3), FALLING,
                        List.of(RiskReason.of(Kind.NARROW_RANGE, 1), RiskReason.of(Kind.IRREGULAR, 0.5))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void chosenReasons(String name, Map<LapseFeature, Double> contributions, TrackFacts facts,
                       List<RiskReason> expected) {
        List<RiskReason> reasons = RiskReasons.of(unitModel(BASE), SPACE, row(contributions), facts);

        assertThat(reasons).containsExactlyElementsOf(expected);
    }

    @Test
    void neverMoreThanThree() {
        // Every feature contributes 1: seven true facts of FALLING, only three named.
        double[] row = new double[BASE];
        Arrays.fill(row, 1);

        List<RiskReason> reasons = RiskReasons.of(unitModel(BASE), SPACE, row, FALLING);

        assertThat(reasons).hasSize(RiskReasons.MAX_REASONS);
        // Silence has three inputs (3.0), orders three (3.0), net two (2.0), narrow range two (2.0), returns,
        // irregular and few active months one each (few orders and new customer are not true): the two threes
        // by kind, then net before narrow range by kind.
        assertThat(reasons).containsExactly(SILENT_60_VS_20, ORDERS_4_TO_1, NET_799_TO_200);
    }

    @Test
    void attributeColumnsAreNeverReasons() {
        FeatureSpace withRegion = new FeatureSpace(List.of(new FeatureSpace.Level(0, "north")));
        double[] row = new double[BASE + 1];
        row[BASE] = 5.0;
        row[RETURN_SHARE.ordinal()] = 0.2;

        List<RiskReason> reasons = RiskReasons.of(unitModel(BASE + 1), withRegion, row, FALLING);

        assertThat(reasons).containsExactly(RETURNS);
    }

    @Test
    void contributionsAreAgainstTheTrainingAverage() {
        // mean of days 4, scale 2, weight 0.5: a row at 3 (below average) lowers the risk → no reason;
        // at 6: 0.5 · (6 − 4)/2 = 0.5 → silence named.
        double[] means = new double[BASE];
        double[] scales = new double[BASE];
        double[] weights = new double[BASE];
        Arrays.fill(scales, 1);
        means[LOG_DAYS_SINCE_LAST.ordinal()] = 4;
        scales[LOG_DAYS_SINCE_LAST.ordinal()] = 2;
        weights[LOG_DAYS_SINCE_LAST.ordinal()] = 0.5;
        LogisticModel model = new LogisticModel(means, scales, weights, 0);

        assertThat(RiskReasons.of(model, SPACE, row(Map.of(LOG_DAYS_SINCE_LAST, 3.0)), FALLING)).isEmpty();
        assertThat(RiskReasons.of(model, SPACE, row(Map.of(LOG_DAYS_SINCE_LAST, 6.0)), FALLING))
                .containsExactly(SILENT_60_VS_20);
    }
}
