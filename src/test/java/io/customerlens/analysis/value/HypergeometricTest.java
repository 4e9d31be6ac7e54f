package io.customerlens.analysis.value;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The ₂F₁ series against closed forms (Abramowitz &amp; Stegun 15.1.3, 15.1.6, 15.1.8). */
class HypergeometricTest {

    /*
     *   ₂F₁(1, 1; 2; z) = −ln(1−z)/z:         z 0.5 → 2 ln 2 = 1.3862943611;  z 0.9 → ln 10 / 0.9 = 2.5584278811
     *   ₂F₁(a, b; b; z) = (1−z)^(−a):         a 2.5, z 0.3 → 0.7^(−2.5) = 2.4392420599
     *   ₂F₁(½, ½; 3/2; z²) = arcsin(z)/z:     z 0.5 → (π/6)/0.5 = π/3 = 1.0471975512
     *   ₂F₁(−2, 1; 1; z) = (1−z)²:            z 0.5 → 0.25, a polynomial: the series stops by itself
     *   z = 0 → 1
     *   ₂F₁(1, 1; 2; 0.999) = ln 1000 / 0.999 = 6.9146699489, slow: terms shrink like 0.999ⁿ/n
     */
    @ParameterizedTest(name = "2F1({0}, {1}; {2}; {3}) = {4}")
    @CsvSource({
            "1,   1,   2,   0.5,   1.3862943611",
            "1,   1,   2,   0.9,   2.5584278811",
            "2.5, 1.5, 1.5, 0.3,   2.4392420599",
            "0.5, 0.5, 1.5, 0.25,  1.0471975512",
            "-2,  1,   1,   0.5,   0.25",
            "3.7, 2.2, 1.3, 0,     1",
            "1,   1,   2,   0.999, 6.9146699489",
    })
    void matchesClosedForms(double a, double b, double c, double z, double expected) {
        assertThat(Hypergeometric.f21(a, b, c, z)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, -0.1, Double.NaN})
    void isSummedOnlyInsideTheUnitInterval(double z) {
        assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, z)).isInstanceOf(IllegalArgumentException.class);
    }
}
