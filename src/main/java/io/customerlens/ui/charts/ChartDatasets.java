package io.customerlens.ui.charts;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeriesCollection;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** Turns the plain inputs into JFreeChart datasets, keeping their order. */
final class ChartDatasets {

    static final int MONTHS_IN_YEAR = 12;

    private ChartDatasets() {
    }

    /** One row per series, one column per category. */
    static CategoryDataset categories(CategorySeries data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Map.Entry<String, List<Number>> series : data.series().entrySet()) {
            for (int i = 0; i < data.categories().size(); i++) {
                dataset.addValue(series.getValue().get(i), series.getKey(), data.categories().get(i));
            }
        }
        return dataset;
    }

    /** One series over the twelve calendar months, named by {@code monthNames}. */
    static CategoryDataset calendarMonths(String seriesName, List<? extends Number> values, List<String> monthNames) {
        if (values.size() != MONTHS_IN_YEAR) {
            throw new IllegalArgumentException("need 12 values, January first: " + values.size());
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int i = 0; i < MONTHS_IN_YEAR; i++) {
            dataset.addValue(values.get(i), seriesName, monthNames.get(i));
        }
        return dataset;
    }

    /** One time series per entry; each month is a period, so bars span their month on the time axis. */
    static TimeSeriesCollection monthly(List<YearMonth> months, SequencedMap<String, List<Number>> series) {
        TimeSeriesCollection collection = new TimeSeriesCollection();
        // A month's point in its middle, where its bar is centred and its axis label sits (timeAxis).
        collection.setXPosition(TimePeriodAnchor.MIDDLE);
        for (Map.Entry<String, List<Number>> entry : series.entrySet()) {
            TimeSeries timeSeries = new TimeSeries(entry.getKey());
            for (int i = 0; i < months.size(); i++) {
                YearMonth month = months.get(i);
                timeSeries.add(new Month(month.getMonthValue(), month.getYear()), entry.getValue().get(i));
            }
            collection.addSeries(timeSeries);
        }
        return collection;
    }
}
