package io.customerlens.ui.charts;

import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.data.category.CategoryDataset;

import java.text.NumberFormat;

/** "华东: 12.5%" for one series, "已结束 · 3–6 个月: 42" when several series share the category. */
final class CategoryTooltips implements CategoryToolTipGenerator {

    private final NumberFormat format;

    CategoryTooltips(NumberFormat format) {
        this.format = format;
    }

    @Override
    public String generateToolTip(CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        if (value == null) {
            return null;
        }
        String series = dataset.getRowCount() > 1 ? dataset.getRowKey(row) + " · " : "";
        return series + dataset.getColumnKey(column) + ": " + format.format(value);
    }
}
