package io.customerlens.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * Fractions shown as percentages (0.125 → 12.5%), growth with its direction (▲ 12.5% / ▼ 3.0%) and changes
 * of a share or a rate in percentage points (0.012 → +1.2). One decimal everywhere, the locale's digits.
 */
public final class RatioFormat {

    public static final String UP = "▲";
    public static final String DOWN = "▼";

    private final NumberFormat percent;
    private final NumberFormat points;

    public RatioFormat(Messages messages) {
        percent = NumberFormat.getPercentInstance(messages.locale());
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        points = NumberFormat.getNumberInstance(messages.locale());
        points.setMinimumFractionDigits(1);
        points.setMaximumFractionDigits(1);
    }

    /** 0.125 → "12.5%"; empty for null. */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : percent.format(fraction);
    }

    /** 0.125 → "▲ 12.5%", −0.03 → "▼ 3.0%", 0 → "0.0%"; empty for null. */
    public String growth(BigDecimal fraction) {
        return fraction == null ? "" : arrow(fraction) + percent.format(fraction.abs());
    }

    /** A change of a share or a rate: 0.012 → "▲ 1.2", −0.005 → "▼ 0.5" (percentage points); empty for null. */
    public String points(BigDecimal fraction) {
        return fraction == null ? "" : arrow(fraction) + points.format(fraction.abs().movePointRight(2));
    }

    /** The arrow and a space before a non-zero figure; nothing before zero. */
    private static String arrow(BigDecimal value) {
        return switch (value.signum()) {
            case 1 -> UP + " ";
            case -1 -> DOWN + " ";
            default -> "";
        };
    }
}
