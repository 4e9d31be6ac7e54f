package io.customerlens.ui.sales;

import io.customerlens.analysis.products.Growth;
import io.customerlens.analysis.products.KpiMeasure;
import io.customerlens.analysis.products.KpiRow;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a month's KPI row into the tiles Home shows, in a fixed order. */
final class KpiTiles {

    private final Messages messages;
    private final ReadingFormat ratios;

    KpiTiles(Messages messages) {
        this.messages = messages;
        this.ratios = new ReadingFormat(messages.locale());
    }

    /**
     * Net sales, orders, active customers and the average order value always; quantity only when the data
     * has quantities, gross margin and margin rate only when it has a profit or a cost.
     */
    List<KpiTile> tiles(KpiRow row, boolean hasQuantity, boolean hasMargin) {
        List<KpiTile> tiles = new ArrayList<>();
        for (KpiMeasure measure : KpiMeasure.values()) {
            boolean shown = switch (measure) {
                case QUANTITY -> hasQuantity;
                case GROSS_MARGIN, MARGIN_RATE -> hasMargin;
                default -> true;
            };
            if (shown) {
                tiles.add(tile(row, measure));
            }
        }
        return tiles;
    }

    KpiTile tile(KpiRow row, KpiMeasure measure) {
        Growth mom = row.mom(measure);
        Growth yoy = row.yoy(measure);
        return new KpiTile(measure, messages.get(measure.messageKey()), value(measure, row.value(measure)),
                messages.format("sales.home.mom", growth(measure, mom)), trend(mom),
                messages.format("sales.home.yoy", growth(measure, yoy)), trend(yoy),
                messages.format("sales.home.tile.tip", messages.get("sales.home.tile." + code(measure) + ".tip"),
                        row.label(), messages.get("sales.home.growth.tip")));
    }

    String value(KpiMeasure measure, BigDecimal value) {
        if (value == null) {
            return messages.get("sales.home.unknown");
        }
        return switch (measure) {
            case NET_SALES, AVG_ORDER_VALUE, GROSS_MARGIN -> messages.amount(value);
            case QUANTITY -> ratios.plain(value);
            case ORDERS, ACTIVE_CUSTOMERS -> messages.count(value.longValue());
            case MARGIN_RATE -> ratios.percent(value);
        };
    }

    /** "▲ 12.5%", for the margin rate "▲ 1.2 pts"; the reason when there is no growth (never 0). */
    String growth(KpiMeasure measure, Growth growth) {
        if (growth == null) {
            return messages.get("sales.growthGap.unknown");
        }
        if (!growth.isDefined()) {
            return messages.get(growth.gap().messageKey());
        }
        return measure == KpiMeasure.MARGIN_RATE
                ? messages.format("sales.home.points", ratios.points(growth.value()))
                : ratios.growth(growth.value());
    }

    static TileTrend trend(Growth growth) {
        if (growth == null || !growth.isDefined()) {
            return TileTrend.NONE;
        }
        return switch (growth.value().signum()) {
            case 1 -> TileTrend.UP;
            case -1 -> TileTrend.DOWN;
            default -> TileTrend.FLAT;
        };
    }

    private static String code(KpiMeasure measure) {
        return measure.name().toLowerCase(Locale.ROOT);
    }
}
