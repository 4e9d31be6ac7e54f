package io.customerlens.ui.charts;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One bar per calendar month with some months shaded behind the bars, e.g. one customer's monthly net amount
 * with its months without a purchase in grey and its lapse episodes in a warmer shade. Texts are translated.
 *
 * @param months      consecutive calendar months, oldest first
 * @param values      one value per month (null leaves the month empty)
 * @param seriesName  the legend text of the bars
 * @param lightShade  months shaded lightly (e.g. months without a purchase)
 * @param strongShade months shaded strongly (e.g. lapse episodes); drawn over the light shade
 * @param lightName   legend text of the light shade
 * @param strongName  legend text of the strong shade
 */
public record ShadedMonths(List<YearMonth> months, List<Number> values, String seriesName,
                           List<YearMonth> lightShade, List<YearMonth> strongShade,
                           String lightName, String strongName) {

    public ShadedMonths {
        months = List.copyOf(months);
        SeriesValues.requireDistinct(months, "months");
        values = SeriesValues.copy(values);
        if (values.size() != months.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + months.size() + " months");
        }
        lightShade = List.copyOf(lightShade);
        strongShade = List.copyOf(strongShade);
        Objects.requireNonNull(seriesName, "seriesName");
        Objects.requireNonNull(lightName, "lightName");
        Objects.requireNonNull(strongName, "strongName");
    }
}
