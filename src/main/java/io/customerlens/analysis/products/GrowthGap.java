package io.customerlens.analysis.products;

import java.util.Locale;

/** Why a growth figure is absent: never shown as 0. */
public enum GrowthGap {
    /** The earlier period starts before the period holding the first line: there is nothing to compare with. */
    BEFORE_FIRST_DATA,
    /** The earlier period's figure is 0 (a period with no sales included): growth from zero is undefined. */
    ZERO_BASE,
    /** The earlier period's figure is below 0 (returns exceeded sales). */
    NEGATIVE_BASE,
    /** This period's or the earlier one's figure is unknown (no margin, no quantity, no orders for an average). */
    UNKNOWN;

    /** The bundle key of this constant's label. */
    public String messageKey() {
        return "sales.growthGap." + name().toLowerCase(Locale.ROOT);
    }
}
