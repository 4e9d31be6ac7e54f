package io.customerlens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the CSV exports write numbers: money as the books show it, ratios to six decimals, unknown as empty. */
final class CsvNumbers {

    private static final int RATIO_DECIMALS = 6;
    private static final int AVERAGE_MONEY_DECIMALS = 2;

    private CsvNumbers() {
    }

    /** 1234.5 and 1234.5000 as 1234.50; significant decimals beyond two are kept, never rounded away. */
    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    /** Money that is itself an average (an average order value): two decimals, half up; empty when unknown. */
    static String averageMoney(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(AVERAGE_MONEY_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A sum of many amounts as {@link #money}, rounded to six decimals first: computed spreadsheet cells carry
     * binary noise (a profit of 60.0599999999999), and summing thousands of them shows it in the tenth decimal.
     * Empty when unknown.
     */
    static String sum(BigDecimal amount) {
        return amount == null ? "" : money(amount.setScale(RATIO_DECIMALS, RoundingMode.HALF_UP));
    }

    /** A ratio (0.125 = 12.5 %) to six decimals, half up, trailing zeros dropped; empty when undefined. */
    static String ratio(BigDecimal ratio) {
        return ratio == null ? "" : ratio.setScale(RATIO_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A count or quantity as written (no trailing zeros); empty when unknown. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
