package io.customerlens.analysis.products;

import java.math.BigDecimal;

/**
 * A growth figure, (this − earlier) / earlier (0.1 = +10 %; for the margin rate the change in rate), or the
 * reason there is none: exactly one of the two is set.
 */
public record Growth(BigDecimal value, GrowthGap gap) {

    public Growth {
        if ((value == null) == (gap == null)) {
            throw new IllegalArgumentException("a growth has either a value or a gap");
        }
    }

    public static Growth of(BigDecimal value) {
        return new Growth(value, null);
    }

    public static Growth missing(GrowthGap gap) {
        return new Growth(null, gap);
    }

    public boolean isDefined() {
        return value != null;
    }
}
