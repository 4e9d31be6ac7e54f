package io.customerlens.analysis.products;

import io.customerlens.domain.SaleFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static io.customerlens.analysis.products.SaleLines.day;
import static io.customerlens.analysis.products.SaleLines.facts;
import static io.customerlens.analysis.products.SaleLines.products;
import static io.customerlens.analysis.products.SaleLines.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-built series: 2021-01 … 2023-12, every month c1 buys 60 of p1 and c2 40 of p2 (100 a month), except
 * June 2023 when c2 buys 140. Months from 2022-04 (15 months of history: 12 for the season, 3 for the trend)
 * are checked:
 * <ul>
 * <li>2022-04: expected = 100 × 300 / 300 (a 3-month trend) = 100, departure 0; the trend grows a month at a
 *     time up to 11 months from 2022-12.</li>
 * <li>2022-04 … 2023-05: expected 100, departure 0.</li>
 * <li>2023-06: expected 100, actual 200, departure 1.</li>
 * <li>2023-07 … 2023-12: the trend's 11 months hold the spike: expected 100 × 1200 / 1100 = 109.09…,
 *     departure −1/12.</li>
 * </ul>
 * Departures: six −1/12, fourteen 0, one 1: median 0 and MAD 0 (most months sit on the median), so every
 * departure is infinitely unusual by z; June's departure of 100 % is over the 25 % rule: flagged. July's −1/12
 * is under it: not flagged.
 */
class SalesAnomaliesTest {

    private final SalesAnomalies anomalies = new SalesAnomalies();

    private static SalesFacts series() {
        List<SaleFact> lines = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2021, 1); !month.isAfter(YearMonth.of(2023, 12)); month = month.plusMonths(1)) {
            String day = month.atDay(15).toString();
            lines.add(sale("c1", day, "60", "p1"));
            lines.add(sale("c2", day, month.equals(YearMonth.of(2023, 6)) ? "140" : "40", "p2"));
        }
        return facts(lines, products("p1:S:A", "p2:S:A"));
    }

    @ParameterizedTest(name = "{0}: expected {1}, departure {2}, flagged {3}")
    @CsvSource({
            "2022-03, ,                                        , false",
            "2022-04, 100,                                     0, false",
            "2022-12, 100,                                     0, false",
            "2023-06, 100,                                     1, true",
            "2023-07, 109.0909090909090909090909090909091, -0.08333333333333333333333333333333333, false",
    })
    void monthsAgainstTrendAndSeason(YearMonth month, String expected, String departure, boolean flagged) {
        MonthCheck check = anomalies.analyse(series(), day("2023-12-31"), AnomalyRule.DEFAULT).months().stream()
                .filter(m -> m.month().equals(month)).findFirst().orElseThrow();

        if (expected == null) {
            assertThat(check.expected()).isNull();
            assertThat(check.robustZ()).isNull();
        } else {
            assertThat(check.expected()).isCloseTo(new BigDecimal(expected), within(new BigDecimal("1e-30")));
            assertThat(check.departure()).isCloseTo(new BigDecimal(departure), within(new BigDecimal("1e-30")));
        }
        assertThat(check.flagged()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "departure {0}, median {1}, MAD {2}: z = {3}")
    @CsvSource({
            "1,     0,   0.0833333333333333333, 8.093889113719143",
            "-0.5,  0.1, 0.2,                  -2.0234722784297862",
            "0.3,   0.3, 0,                     0",
            "-0.1,  0,   0,                     -Infinity",
    })
    void theRobustZScoreIsTheDistanceFromTheMedianInScaledMads(double departure, double median, double mad,
                                                             double z) {
        assertThat(SalesAnomalies.robustZ(departure, median, mad)).isCloseTo(z, within(1e-9));
    }

    @Test
    void theSpikeIsTheOnlyAnomalyAndC2MadeIt() {
        AnomalyResult result = anomalies.analyse(series(), day("2023-12-31"), AnomalyRule.DEFAULT);

        assertThat(result.anomalies()).hasSize(1);
        SalesAnomaly june = result.anomalies().getFirst();
        assertThat(june.month()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(june.isAbove()).isTrue();
        // Fourteen of the 21 departures are 0, so the MAD is 0 and any other departure is infinitely unusual.
        assertThat(june.robustZ()).isEqualTo(Double.POSITIVE_INFINITY);
        // c1 bought its expected 60 (60 % of June 2022): no part in it; c2 140 against 40.
        assertThat(june.customers()).extracting(Contributor::key).containsExactly("c2");
        assertThat(june.customers().getFirst().contribution()).isEqualByComparingTo("100");
        assertThat(june.customers().getFirst().label()).isEqualTo("c2");
        assertThat(june.products()).extracting(Contributor::key).containsExactly("p2");
        assertThat(june.products().getFirst().label()).isEqualTo("name-p2");
    }

    @Test
    void aMonthPastTheLatestCompleteOneIsNotChecked() {
        AnomalyResult result = anomalies.analyse(series(), day("2023-12-30"), AnomalyRule.DEFAULT);

        assertThat(result.months().getLast().month()).isEqualTo(YearMonth.of(2023, 11));
    }

    /* A drop: a series of 100s whose last month sells 50 — departure −0.5; every other departure 0, so MAD 0. */
    @Test
    void aDropIsFlaggedWithTheCustomersWhoCutBack() {
        List<SaleFact> lines = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2021, 1); !month.isAfter(YearMonth.of(2023, 3)); month = month.plusMonths(1)) {
            String day = month.atDay(1).toString();
            boolean last = month.equals(YearMonth.of(2023, 3));
            lines.add(sale("c1", day, last ? "10" : "60", "p1"));
            lines.add(sale("c2", day, last ? "40" : "40", "p2"));
        }
        AnomalyResult result = anomalies.analyse(facts(lines, products()), day("2023-03-31"), AnomalyRule.DEFAULT);

        SalesAnomaly march = result.anomalies().getFirst();
        assertThat(march.departure()).isEqualByComparingTo("-0.5");
        assertThat(march.robustZ()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(march.customers()).extracting(Contributor::contribution).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-50"));
    }

    @ParameterizedTest(name = "departure {0}, z {1}: flagged {2}")
    @CsvSource({"0.25, 9, false", "0.2501, 9, true", "0.5, 1.9, false", "-0.3, -2, true"})
    void bothRulesMustHold(String departure, double z, boolean flagged) {
        assertThat(AnomalyRule.DEFAULT.flags(new BigDecimal(departure), z)).isEqualTo(flagged);
    }
}
