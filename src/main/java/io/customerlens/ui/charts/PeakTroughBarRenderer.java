package io.customerlens.ui.charts;

import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

/**
 * Colours the highest bar(s) and the lowest bar(s) of the first series, the rest muted. The extremes are
 * read from the plot's current dataset on every paint, so new data needs no renderer change.
 */
final class PeakTroughBarRenderer extends BarRenderer {

    private final Paint plain;
    private final Paint peak;
    private final Paint trough;

    PeakTroughBarRenderer(Paint plain, Paint peak, Paint trough) {
        this.plain = plain;
        this.peak = peak;
        this.trough = trough;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CategoryDataset dataset = getPlot() == null ? null : getPlot().getDataset();
        if (dataset == null) {
            return plain;
        }
        // Twelve values at most: finding them again per bar is cheaper than keeping a cache in step.
        Extremes extremes = Extremes.of(values(dataset, row));
        if (extremes.isPeak(column)) {
            return peak;
        }
        return extremes.isTrough(column) ? trough : plain;
    }

    private static List<Number> values(CategoryDataset dataset, int row) {
        List<Number> values = new ArrayList<>(dataset.getColumnCount());
        for (int column = 0; column < dataset.getColumnCount(); column++) {
            values.add(dataset.getValue(row, column));
        }
        return values;
    }
}
