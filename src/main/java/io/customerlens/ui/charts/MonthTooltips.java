package io.customerlens.ui.charts;

import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.Date;

/** "新客户 · 2024-03: 17": the series, its month and the value, for a point or bar on the time chart. */
final class MonthTooltips implements XYToolTipGenerator {

    private final DateFormat months;
    private final NumberFormat numbers;

    MonthTooltips(DateFormat months, NumberFormat numbers) {
        this.months = months;
        this.numbers = numbers;
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        Number value = dataset.getY(series, item);
        if (value == null) {
            return null;
        }
        Date month = new Date((long) dataset.getXValue(series, item));
        return dataset.getSeriesKey(series) + " · " + months.format(month) + ": " + numbers.format(value);
    }
}
