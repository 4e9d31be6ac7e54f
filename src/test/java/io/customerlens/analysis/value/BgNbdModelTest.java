package io.customerlens.analysis.value;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** BG/NBD: the likelihood and the per-customer figures by hand, the fit against the published CDNOW results. */
class BgNbdModelTest {

    private static final double WEEK = CdnowFixture.DAYS_PER_WEEK;
    /** FHL (2005) table/text: the CDNOW sample, time in weeks. */
    private static final BgNbdModel PUBLISHED = new BgNbdModel(0.243, 4.414 * WEEK, 0.793, 2.426, true);

    private static List<RepeatSummary> cdnow;
    private static BgNbdModel fitted;

    @BeforeAll
    static void fitCdnow() {
        cdnow = CdnowFixture.customers();
        fitted = BgNbdModel.fit(cdnow);
    }

    /*
     * L = B(a,b+x)/B(a,b)·Γ(r+x)α^r/(Γ(r)(α+T)^(r+x)) + δ(x>0)·B(a+1,b+x−1)/B(a,b)·Γ(r+x)α^r/(Γ(r)(α+tx)^(r+x))
     *   x 0, T 2, r 1, α 2 (a, b play no part): (α/(α+T))^r = 1/2                       → ln 0.5 = −0.6931471806
     *   x 1, tx 1, T 3, r 1, α 1, a 1, b 1: B(1,2)/B(1,1) = 1/2 → 1/2 · 1/4² = 1/32;
     *       B(2,1)/B(1,1) = 1/2 → 1/2 · 1/2² = 1/8;  L = 5/32                          → −1.8562979904
     *   x 2, tx 2, T 4, r 2, α 2, a 2, b 3: Γ(4)/Γ(2)·α^r = 6·4 = 24;
     *       B(2,5)/B(2,3) = (1/30)/(1/12) = 0.4 → 0.4·24/6⁴ = 1/135;
     *       B(3,4)/B(2,3) = (1/60)/(1/12) = 0.2 → 0.2·24/4⁴ = 0.01875;  L = 0.0261574…   → −3.6436228625
     */
    @ParameterizedTest(name = "x {0}, tx {1}, T {2}, r {3}, α {4}, a {5}, b {6} → ln L {7}")
    @CsvSource({
            "0, 0, 2, 1, 2, 1, 1, -0.6931471806",
            "1, 1, 3, 1, 1, 1, 1, -1.8562979904",
            "2, 2, 4, 2, 2, 2, 3, -3.6436228625",
    })
    void likelihoodFollowsEquationSix(int x, double tx, double bigT, double r, double alpha, double a, double b,
                                      double expected) {
        BgNbdModel model = new BgNbdModel(r, alpha, a, b, true);

        assertThat(model.logLikelihood(List.of(new RepeatSummary("C", x, tx, bigT, x == 0 ? Double.NaN : 1))))
                .isCloseTo(expected, within(1e-9));
    }

    /*
     * P(alive) = 1 / (1 + δ(x>0)·a/(b+x−1)·((α+T)/(α+tx))^(r+x))
     *   x 0: 1 (dropout happens only after a purchase)
     *   x 1, tx 1, T 3, r 1, α 1, a 1, b 1: 1/(1 + 1·(4/2)²) = 1/5 = 0.2
     *   x 2, tx 2, T 4, r 2, α 2, a 2, b 3: 1/(1 + 0.5·1.5⁴) = 1/3.53125 = 0.2831858407 (= (1/135)/L above)
     *   CDNOW customer 1 with the published parameters (weeks): x 2, tx 30.43, T 38.86:
     *       0.793/3.426 · (43.274/34.844)^2.243 = 0.231465 · 1.625798 = 0.376322 → 1/1.376322 = 0.72658
     */
    @ParameterizedTest(name = "x {0}, tx {1}, T {2}, r {3}, α {4}, a {5}, b {6} → P(alive) {7}")
    @CsvSource({
            "0, 0,     5,      1,     1,     1,     1,     1",
            "1, 1,     3,      1,     1,     1,     1,     0.2",
            "2, 2,     4,      2,     2,     2,     3,     0.2831858407",
            "2, 30.43, 38.86,  0.243, 4.414, 0.793, 2.426, 0.7265785701",
    })
    void probabilityAliveByHand(int x, double tx, double bigT, double r, double alpha, double a, double b,
                                double expected) {
        BgNbdModel model = new BgNbdModel(r, alpha, a, b, true);

        assertThat(model.probabilityAlive(new RepeatSummary("C", x, tx, bigT, 1))).isCloseTo(expected, within(1e-6));
    }

    /*
     * P(no purchase in H) = 1 − P(alive)·(1 − ((α+T)/(α+T+H))^(r+x))
     *   x 1, tx 1, T 3, r 1, α 1, a 1, b 1, H 4: 1 − 0.2·(1 − (4/8)²) = 1 − 0.2·0.75 = 0.85
     *   x 0, T 2, r 1, α 2, H 4: 1 − 1·(1 − 4/8) = 0.5
     *   H 0: nothing can happen in no time → 1
     */
    @ParameterizedTest(name = "x {0}, tx {1}, T {2}, r {3}, α {4}, H {5} → {6}")
    @CsvSource({
            "1, 1, 3, 1, 1, 4, 0.85",
            "0, 0, 2, 1, 2, 4, 0.5",
            "1, 1, 3, 1, 1, 0, 1",
    })
    void probabilityOfNoPurchaseByHand(int x, double tx, double bigT, double r, double alpha, double horizon,
                                       double expected) {
        BgNbdModel model = new BgNbdModel(r, alpha, 1, 1, true);

        assertThat(model.probabilityNoPurchase(new RepeatSummary("C", x, tx, bigT, 1), horizon))
                .isCloseTo(expected, within(1e-12));
    }

    /*
     * E[Y(t)] for a brand-new customer (x 0, T 0), r 1, α 1, a 2, b 1, where ₂F₁(1, 1; 2; z) = −ln(1−z)/z:
     *   (a+b−1)/(a−1) · [1 − (α/(α+t))^r · ₂F₁(r, b; a+b−1; t/(α+t))]
     *   t 1: 2·[1 − ½ · 2 ln 2] = 2(1 − ln 2)                 = 0.6137056389
     *   t 3: 2·[1 − ¼ · (4/3) ln 4] = 2 − (2/3) ln 4          = 1.0758037593
     * CDNOW customer 1, published parameters, t = 39 weeks: 1.226 (FHL 2005, the conditional expectation example)
     */
    @ParameterizedTest(name = "x {0}, tx {1}, T {2}, r {3}, α {4}, a {5}, b {6}, t {7} → {8}")
    @CsvSource({
            "0, 0,     0,     1,     1,     2,     1,     1,  0.6137056389, 1e-9",
            "0, 0,     0,     1,     1,     2,     1,     3,  1.0758037593, 1e-9",
            "2, 30.43, 38.86, 0.243, 4.414, 0.793, 2.426, 39, 1.226,        5e-4",
    })
    void conditionalExpectationFollowsEquationTen(int x, double tx, double bigT, double r, double alpha, double a,
                                                  double b, double t, double expected, double tolerance) {
        BgNbdModel model = new BgNbdModel(r, alpha, a, b, true);

        assertThat(model.expectedPurchases(new RepeatSummary("C", x, tx, bigT, 1), t))
                .isCloseTo(expected, within(tolerance));
    }

    @Test
    void figuresDoNotDependOnTheTimeUnit() {
        // the published parameters in days applied to customer 1 in days give the paper's week figures
        RepeatSummary customerOne = cdnow.getFirst();

        assertThat(PUBLISHED.expectedPurchases(customerOne, 39 * WEEK)).isCloseTo(1.226, within(5e-4));
        assertThat(PUBLISHED.probabilityAlive(customerOne)).isCloseTo(0.72658, within(1e-5));
        assertThat(PUBLISHED.expectedRate(customerOne)).isCloseTo((0.243 + 2) / ((4.414 + 38.86) * WEEK), within(1e-12));
    }

    @Test
    void fitReproducesThePublishedCdnowParameters() {
        assertThat(fitted.r()).isCloseTo(0.243, within(5e-4));
        assertThat(fitted.alpha() / WEEK).isCloseTo(4.414, within(2e-3));
        assertThat(fitted.a()).isCloseTo(0.793, within(5e-4));
        assertThat(fitted.b()).isCloseTo(2.426, within(1e-3));
        assertThat(fitted.reliable()).isTrue();
    }

    @Test
    void fitReproducesThePublishedCdnowLogLikelihood() {
        // Measuring time in days instead of weeks multiplies each customer's likelihood by 7^(−x) (the density of
        // x purchase times), so the paper's LL in weeks is the LL in days plus Σx·ln 7.
        double repeatPurchases = cdnow.stream().mapToInt(RepeatSummary::x).sum();
        double inWeeks = fitted.logLikelihood(cdnow) + repeatPurchases * Math.log(WEEK);

        assertThat(inWeeks).isCloseTo(-9582.4, within(0.05));
        assertThat(fitted.logLikelihood(cdnow)).isGreaterThanOrEqualTo(PUBLISHED.logLikelihood(cdnow));
    }

    @Test
    void nobodyBuyingTwiceGivesTheDocumentedFallbackInsteadOfAnError() {
        List<RepeatSummary> firstBuyersOnly = IntStream.range(0, 20)
                .mapToObj(i -> new RepeatSummary("C" + i, 0, 0, 10 + i, Double.NaN)).toList();
        double observedDays = firstBuyersOnly.stream().mapToDouble(RepeatSummary::T).sum(); // 20·10 + 190 = 390

        BgNbdModel model = BgNbdModel.fit(firstBuyersOnly);

        assertThat(model).isEqualTo(new BgNbdModel(1, observedDays, BgNbdModel.FALLBACK_A, BgNbdModel.FALLBACK_B, false));
        assertThat(model.expectedPurchases(firstBuyersOnly.getFirst(), 365.25)).isPositive().isLessThan(1);
    }

    @Test
    void noCustomersAtAllStillGiveAModel() {
        BgNbdModel model = BgNbdModel.fit(List.of());

        assertThat(model.reliable()).isFalse();
        assertThat(model.alpha()).isEqualTo(CustomerValues.YEAR_DAYS);
    }

    @Test
    void aHandfulOfCustomersIsFittedButFlaggedUnreliable() {
        List<RepeatSummary> few = cdnow.subList(0, 9); // 9 < MIN_CUSTOMERS, five of them bought again

        BgNbdModel model = BgNbdModel.fit(few);

        assertThat(model.reliable()).isFalse();
        assertThat(model.expectedPurchases(few.getFirst(), 365.25)).isFinite().isNotNegative();
    }
}
