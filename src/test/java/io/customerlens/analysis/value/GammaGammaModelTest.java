package io.customerlens.analysis.value;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Gamma-Gamma: the fit against the published CDNOW results, the estimate by hand, refunds and thin data. */
class GammaGammaModelTest {

    /** FHL (2005) "RFM and CLV" / Hardie's Gamma-Gamma note: p 6.25, q 3.74, γ 15.44 on CDNOW. */
    private static final GammaGammaModel PUBLISHED = new GammaGammaModel(6.25, 3.74, 15.44, 6.25 * 15.44 / 2.74, true);

    private static List<RepeatSummary> cdnow;
    private static GammaGammaModel fitted;

    @BeforeAll
    static void fitCdnow() {
        cdnow = CdnowFixture.customers();
        fitted = GammaGammaModel.fit(cdnow);
    }

    @Test
    void fitReproducesThePublishedCdnowParameters() {
        // 946 of the 2,357 customers bought again; the others carry no information on spend per purchase
        assertThat(fitted.p()).isCloseTo(6.25, within(5e-3));
        assertThat(fitted.q()).isCloseTo(3.74, within(5e-3));
        assertThat(fitted.v()).isCloseTo(15.44, within(1e-2));
        assertThat(fitted.populationMean()).isCloseTo(fitted.p() * fitted.v() / (fitted.q() - 1), within(1e-12));
        assertThat(fitted.reliable()).isTrue();
    }

    /*
     * E[M | x, m̄] = p(v + x·m̄)/(px + q − 1) with p 6.25, q 3.74, v 15.44:
     *   x 0:            population mean pv/(q−1) = 96.5/2.74                 = 35.2189781022 (the paper's $35.22)
     *   x 2, m̄ 22.35 (CDNOW customer 1): 6.25·(15.44 + 44.70)/(12.5 + 2.74) = 375.875/15.24 = 24.6637139108
     *   x 10, m̄ 100:   6.25·(15.44 + 1000)/(62.5 + 2.74) = 6346.5/65.24      = 97.2792765175 (pulled below 100)
     *   x 2, m̄ −10 (returns outweigh sales): m̄ counts as 0 → 6.25·15.44/15.24 = 6.3320209974
     */
    @ParameterizedTest(name = "x {0}, mean {1} → {2}")
    @CsvSource({
            "0,  NaN,   35.2189781022",
            "2,  22.35, 24.6637139108",
            "10, 100,   97.2792765175",
            "2,  -10,   6.3320209974",
    })
    void expectedSpendShrinksTheCustomersMeanTowardsThePopulationMean(int x, double mean, double expected) {
        RepeatSummary customer = new RepeatSummary("C", x, x, 100, mean);

        assertThat(PUBLISHED.expectedSpend(customer)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void customersWhoseReturnsOutweighTheirSalesAreLeftOutOfTheFit() {
        List<RepeatSummary> withRefunds = new ArrayList<>(cdnow);
        withRefunds.add(new RepeatSummary("R1", 3, 70, 200, -25.0));
        withRefunds.add(new RepeatSummary("R2", 1, 10, 200, 0.0));

        GammaGammaModel model = GammaGammaModel.fit(withRefunds);

        assertThat(model).isEqualTo(fitted);
        assertThat(GammaGammaModel.logLikelihood(6.25, 3.74, 15.44, withRefunds))
                .isEqualTo(GammaGammaModel.logLikelihood(6.25, 3.74, 15.44, cdnow));
    }

    @Test
    void withoutAnyRepeatPurchaseTheModelIsUnreliableAndExpectsNothing() {
        List<RepeatSummary> firstBuyersOnly = IntStream.range(0, 20)
                .mapToObj(i -> new RepeatSummary("C" + i, 0, 0, 30, Double.NaN)).toList();

        GammaGammaModel model = GammaGammaModel.fit(firstBuyersOnly);

        assertThat(model.reliable()).isFalse();
        assertThat(model.expectedSpend(firstBuyersOnly.getFirst())).isZero();
    }

    /*
     * Three repeat buyers (< MIN_CUSTOMERS): x 1 m̄ 10, x 3 m̄ 20, x 1 m̄ 60, and one refund customer x 2 m̄ −5.
     * Fallback population mean = x-weighted mean of the positive means = (10 + 60 + 60)/5 = 26;
     * each repeat buyer keeps their own mean, the refund customer gets 0.
     */
    @Test
    void withFewRepeatBuyersEachKeepsTheirOwnMeanAndNewcomersGetThePooledMean() {
        List<RepeatSummary> few = List.of(
                new RepeatSummary("A", 1, 10, 90, 10),
                new RepeatSummary("B", 3, 60, 90, 20),
                new RepeatSummary("C", 1, 30, 90, 60),
                new RepeatSummary("D", 2, 30, 90, -5),
                new RepeatSummary("E", 0, 0, 90, Double.NaN));

        GammaGammaModel model = GammaGammaModel.fit(few);

        assertThat(model.reliable()).isFalse();
        assertThat(few.stream().mapToDouble(model::expectedSpend).toArray())
                .containsExactly(new double[]{10, 20, 60, 0, 26}, within(1e-12));
    }
}
