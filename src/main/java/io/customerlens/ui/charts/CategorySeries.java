package io.customerlens.ui.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Values by category, one list per series: {@code series.get(name).get(i)} belongs to
 * {@code categories.get(i)}. Bars appear in the order of the categories and of the series; a null value
 * draws no bar.
 */
public record CategorySeries(List<String> categories, SequencedMap<String, List<Number>> series) {

    public CategorySeries {
        categories = List.copyOf(categories);
        // Categories are the dataset's keys: a repeated one would silently overwrite the bar before it.
        SeriesValues.requireDistinct(categories, "categories");
        series = SeriesValues.copy(series, categories.size(), "categories");
    }

    /** Several series, in the map's order (a LinkedHashMap or TreeMap). */
    public static CategorySeries of(List<String> categories,
                                    SequencedMap<String, ? extends List<? extends Number>> series) {
        return new CategorySeries(categories, SeriesValues.copy(series, categories.size(), "categories"));
    }

    /** One series. */
    public static CategorySeries single(String seriesName, List<String> categories, List<? extends Number> values) {
        SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put(seriesName, SeriesValues.copy(values));
        return new CategorySeries(categories, series);
    }
}
