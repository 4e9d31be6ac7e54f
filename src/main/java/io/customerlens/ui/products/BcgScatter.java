package io.customerlens.ui.products;

import io.customerlens.analysis.products.BcgQuadrant;
import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.ui.charts.QuadrantNames;
import io.customerlens.ui.charts.QuadrantScatter;
import io.customerlens.ui.charts.ScatterPoint;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * Turns a BCG matrix into the scatter the chart draws: one group per quadrant, x = relative share,
 * y = growth, circle = current sales, the largest units labelled. Discontinued units sold nothing this
 * period and have no place on a log axis: they are listed apart, not drawn.
 */
final class BcgScatter {

    /** How many of the largest units carry their name on the chart; the rest say it in their tooltip. */
    static final int LABELLED_UNITS = 15;
    /**
     * Growth is drawn no higher than this (or twice the growth line, if higher): one unit that grew from
     * almost nothing would otherwise squash every other unit into a band at the bottom. New units, whose
     * growth is undefined but counts as high, are drawn at the top too; their tooltips give the truth.
     */
    static final double GROWTH_CEILING = 1.0;

    private static final List<BcgQuadrant> QUADRANTS =
            List.of(BcgQuadrant.STAR, BcgQuadrant.CASH_COW, BcgQuadrant.QUESTION_MARK, BcgQuadrant.DOG);

    private final Messages messages;
    private final ReadingFormat ratios;
    private final NumberFormat multiple;

    BcgScatter(Messages messages) {
        this.messages = messages;
        this.ratios = new ReadingFormat(messages.locale());
        this.multiple = NumberFormat.getNumberInstance(messages.locale());
        multiple.setMaximumFractionDigits(2);
    }

    /** High growth is up, high share is right: question marks top left, stars top right. */
    QuadrantNames corners() {
        return new QuadrantNames(quadrantName(BcgQuadrant.QUESTION_MARK), quadrantName(BcgQuadrant.STAR),
                quadrantName(BcgQuadrant.DOG), quadrantName(BcgQuadrant.CASH_COW));
    }

    QuadrantScatter of(BcgResult result) {
        double ceiling = ceiling(result);
        boolean anyNew = result.active().stream().anyMatch(BcgRow::isNew);
        // New units have no growth: they sit in a band of their own above everything measured, never on a
        // growth they do not have.
        double band = ceiling + bandHeight(result, ceiling);
        // BcgResult lists the active units largest first.
        List<BcgRow> largest = result.active().stream().limit(LABELLED_UNITS).toList();
        SequencedMap<String, List<ScatterPoint>> groups = new LinkedHashMap<>();
        for (BcgQuadrant quadrant : QUADRANTS) {
            List<ScatterPoint> points = new ArrayList<>();
            for (BcgRow row : drawn(result, quadrant)) {
                double growth = row.growth() == null ? band : Math.min(row.growth().doubleValue(), ceiling);
                points.add(new ScatterPoint(row.label(), row.relativeShare().doubleValue(), growth,
                        row.currentSales().doubleValue(), tooltip(row, result.unit()), largest.contains(row)));
            }
            groups.put(quadrantName(quadrant), points);
        }
        BigDecimal shareLine = result.thresholds().shareLine();
        Double xLine = shareLine == null || shareLine.signum() <= 0 ? null : shareLine.doubleValue();
        BigDecimal growthLine = result.thresholds().growth();
        return new QuadrantScatter(groups, xLine, growthLine == null ? null : growthLine.doubleValue(),
                anyNew ? (ceiling + band) / 2 : null, anyNew ? messages.get("products.view.chart.newBand") : null);
    }

    /** A band a fifth as high as the measured growths span (at least 10 points), so its circles have room. */
    private static double bandHeight(BcgResult result, double ceiling) {
        double lowest = result.active().stream().filter(row -> row.growth() != null)
                .mapToDouble(row -> row.growth().doubleValue()).min().orElse(0);
        return Math.max(0.1, (ceiling - Math.min(0, lowest)) * 0.2);
    }

    private static double ceiling(BcgResult result) {
        BigDecimal line = result.thresholds().growth();
        double fromLine = line == null ? 0 : 2 * Math.abs(line.doubleValue());
        double highest = result.active().stream().filter(row -> row.growth() != null)
                .mapToDouble(row -> row.growth().doubleValue()).max().orElse(0);
        // Below the ceiling nothing is cut; new units then sit a little above the highest growth.
        double top = Math.max(GROWTH_CEILING, fromLine);
        return Math.min(top, Math.max(highest * 1.1, Math.max(fromLine, 0.1)));
    }

    /** The unit drawn as point {@code index} of group {@code group}; empty when there is none. */
    static Optional<BcgRow> rowAt(BcgResult result, int group, int index) {
        if (group < 0 || group >= QUADRANTS.size()) {
            return Optional.empty();
        }
        List<BcgRow> rows = drawn(result, QUADRANTS.get(group));
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** The units of one quadrant the chart draws, in the order of its points (a click maps back by index). */
    private static List<BcgRow> drawn(BcgResult result, BcgQuadrant quadrant) {
        return result.active().stream()
                .filter(row -> row.quadrant() == quadrant && row.relativeShare() != null).toList();
    }

    /** A product is named by its name; its code (the key) follows in the tooltip ({@link UnitNames}). */
    String tooltip(BcgRow row, BcgUnit unit) {
        String name = new UnitNames(messages).tooltip(row, unit);
        return messages.format("products.view.chart.tip", name, quadrantName(row.quadrant()),
                messages.amount(row.currentSales()), messages.amount(row.previousSales()), growthText(row),
                row.relativeShare() == null ? "" : multiple.format(row.relativeShare()) + "×",
                ratios.percent(row.salesShare()));
    }

    String growthText(BcgRow row) {
        return row.isNew() ? messages.get("products.view.new") : ratios.growth(row.growth());
    }

    String quadrantName(BcgQuadrant quadrant) {
        return messages.get(quadrant.messageKey());
    }
}
