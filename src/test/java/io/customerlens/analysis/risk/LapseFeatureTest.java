package io.customerlens.analysis.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.customerlens.analysis.risk.LapseFeature.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The value of every LapseFeature for hand-made TrackFacts: logs, bounded trends, one purchase day, the month. */
class LapseFeatureTest {

    private static final double EPS = 1e-12;

    /*
     * A regular customer: silent 30 days, 9 purchase days (4 in 12 months), 11 orders (5 in 12 months; 1 in the last
     * half-year against 4 before), tenure 400, usual interval 20 with spread 0.5, net 999 in 12 months (200 last
     * half-year, 799 before), purchased 1200 and returned 201, average order 99, 3 products and no category in the
     * half-year, active in 6 of 12 months, April.
     */
    private static final TrackFacts REGULAR = new TrackFacts(30, 9, 4, 11, 5, 1, 4, 400, 20, 0.5,
            999, 200, 799, 1200, 201, 99, 3, 0, 6, 4);

    /*
     * One purchase day 45 days ago (no interval: NaN), 1 order; it returned 10 of 1 bought (net −9, all in the last
     * half-year); average order −5 (not a real one: only to see the floor at 0); nothing in the half-year's range;
     * January.
     */
    private static final TrackFacts SINGLE = new TrackFacts(45, 1, 1, 1, 1, 1, 0, 45, Double.NaN, 0,
            -9, -9, 0, 1, 10, -5, 0, 0, 1, 1);

    static Stream<Arguments> values() {
        return Stream.of(
                // feature, value for REGULAR, value for SINGLE
                Arguments.of(LOG_DAYS_SINCE_LAST, Math.log(31), Math.log(46)),
                Arguments.of(LOG_PURCHASE_DAYS, Math.log(10), Math.log(2)),
                Arguments.of(LOG_PURCHASE_DAYS_12, Math.log(5), Math.log(2)),
                Arguments.of(LOG_ORDERS, Math.log(12), Math.log(2)),
                Arguments.of(LOG_ORDERS_12, Math.log(6), Math.log(2)),
                Arguments.of(LOG_TENURE, Math.log(401), Math.log(46)),
                // single: no interval, the tenure stands in: ln(1 + 45)
                Arguments.of(LOG_TYPICAL_INTERVAL, Math.log(21), Math.log(46)),
                Arguments.of(INTERVAL_SPREAD, 0.5, 0.0),
                // ln((1 + 30) / (1 + 20)); single: 0
                Arguments.of(LOG_SILENCE_RATIO, Math.log(31.0 / 21), 0.0),
                Arguments.of(SINGLE_PURCHASE_DAY, 0.0, 1.0),
                // (1 − 4) / (1 + 4 + 1) = −0.5;  (1 − 0) / (1 + 0 + 1) = 0.5
                Arguments.of(ORDER_TREND, -0.5, 0.5),
                // (200 − 799) / (200 + 799 + 1) = −0.599;  (−9 − 0) / (9 + 0 + 1) = −0.9
                Arguments.of(NET_TREND, -0.599, -0.9),
                // +ln(1 + 999);  −ln(1 + 9)
                Arguments.of(SIGNED_LOG_NET_12, Math.log(1000), -Math.log(10)),
                // ln(1 + 99);  max(0, −5) → ln 1 = 0
                Arguments.of(LOG_AVERAGE_ORDER, Math.log(100), 0.0),
                // 201 / 1200 = 0.1675;  10 / 1 capped at 1
                Arguments.of(RETURN_SHARE, 0.1675, 1.0),
                Arguments.of(LOG_PRODUCTS_6, Math.log(4), 0.0),
                Arguments.of(LOG_CATEGORIES_6, 0.0, 0.0),
                Arguments.of(MONTHS_ACTIVE_12, 0.5, 1.0 / 12),
                // April: angle 2π · 3/12 = π/2 → (1, 0);  January: angle 0 → (0, 1)
                Arguments.of(MONTH_SIN, 1.0, 0.0),
                Arguments.of(MONTH_COS, 0.0, 1.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void valueOfEachFeature(LapseFeature feature, double regular, double single) {
        assertThat(feature.of(REGULAR)).as("regular").isCloseTo(regular, within(EPS));
        assertThat(feature.of(SINGLE)).as("single purchase day").isCloseTo(single, within(EPS));
    }

    @Test
    void theTableCoversEveryFeature() {
        Set<LapseFeature> covered = values().map(arguments -> (LapseFeature) arguments.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LapseFeature.class)));

        assertThat(covered).isEqualTo(EnumSet.allOf(LapseFeature.class));
    }

    @Test
    void noFeatureIsNaNOrInfinite() {
        for (TrackFacts facts : List.of(REGULAR, SINGLE)) {
            for (LapseFeature feature : LapseFeature.values()) {
                assertThat(feature.of(facts)).as(feature.name()).isFinite();
            }
        }
    }

    @Test
    void spreadIsCappedAtThree() {
        TrackFacts erratic = new TrackFacts(30, 9, 4, 11, 5, 1, 4, 400, 20, 5.2,
                999, 200, 799, 1200, 201, 99, 3, 0, 6, 4);

        assertThat(INTERVAL_SPREAD.of(erratic)).isEqualTo(3.0);
    }

    @Test
    void returnShareWithoutPurchasesIsZero() {
        TrackFacts nothingBought = new TrackFacts(400, 2, 0, 2, 0, 0, 0, 500, 100, 0,
                -30, 0, -30, 0, 30, 40, 0, 0, 0, 6);

        assertThat(RETURN_SHARE.of(nothingBought)).isEqualTo(0.0);
    }

    /*
     * trend(recent, earlier) = (recent − earlier) / (|recent| + |earlier| + 1):
     *   5, 5 → 0;  0, 0 → 0;  3, 0 → 3/4;  0, 3 → −3/4;  −3, 3 → −6/7;  1e9, 0 → just below 1;  0, 1e9 → just above −1
     */
    @ParameterizedTest(name = "trend({0}, {1}) = {2}")
    @CsvSource({
            "5, 5, 0",
            "0, 0, 0",
            "3, 0, 0.75",
            "0, 3, -0.75",
            "-3, 3, -0.857142857142857",
    })
    void trendByHand(double recent, double earlier, double expected) {
        assertThat(LapseFeature.trend(recent, earlier)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void trendStaysWithinMinusOneAndOne() {
        assertThat(LapseFeature.trend(1e9, 0)).isLessThan(1).isGreaterThan(0.999);
        assertThat(LapseFeature.trend(0, 1e9)).isGreaterThan(-1).isLessThan(-0.999);
        assertThat(LapseFeature.trend(-1e9, 1e9)).isGreaterThan(-1).isLessThan(-0.999);
    }

    /*
     * Month m at angle 2π(m − 1)/12: Jan (0, 1), Feb (½, √3/2), Apr (1, 0), Jul (0, −1), Oct (−1, 0),
     * Dec (−½, √3/2).
     */
    @ParameterizedTest(name = "month {0}")
    @CsvSource({
            "1, 0, 1",
            "2, 0.5, 0.8660254037844386",
            "4, 1, 0",
            "7, 0, -1",
            "10, -1, 0",
            "12, -0.5, 0.8660254037844386",
    })
    void monthOnTheCircle(int month, double sin, double cos) {
        TrackFacts facts = new TrackFacts(30, 9, 4, 11, 5, 1, 4, 400, 20, 0.5,
                999, 200, 799, 1200, 201, 99, 3, 0, 6, month);

        assertThat(MONTH_SIN.of(facts)).isCloseTo(sin, within(1e-12));
        assertThat(MONTH_COS.of(facts)).isCloseTo(cos, within(1e-12));
    }
}
