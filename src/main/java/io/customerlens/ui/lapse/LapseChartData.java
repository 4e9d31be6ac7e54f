package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.LengthBucket;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.analysis.lapse.Seasonality;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.common.Messages;

import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** Turns the lapse report into the series the Lapse page's charts draw, with translated names. */
final class LapseChartData {

    private final Messages messages;

    LapseChartData(Messages messages) {
        this.messages = messages;
    }

    CategorySeries episodeLengths(List<LengthBucket> buckets) {
        List<String> categories = buckets.stream().map(this::bucketLabel).toList();
        SequencedMap<String, List<Long>> series = new LinkedHashMap<>();
        series.put(messages.get("lapse.chart.lengths.closed"), buckets.stream().map(LengthBucket::closed).toList());
        series.put(messages.get("lapse.chart.lengths.open"), buckets.stream().map(LengthBucket::open).toList());
        return CategorySeries.of(categories, series);
    }

    String bucketLabel(LengthBucket bucket) {
        if (bucket.maxMonths() == null) {
            return messages.format("lapse.bucket.over", bucket.minMonths() - 1);
        }
        if (bucket.minMonths() == bucket.maxMonths()) {
            return messages.format("lapse.bucket.exactly", bucket.minMonths());
        }
        return messages.format("lapse.bucket.range", bucket.minMonths(), bucket.maxMonths());
    }

    List<Long> seasonality(Seasonality seasonality) {
        return java.util.Arrays.stream(Month.values()).map(seasonality::starts).toList();
    }

    CategorySeries lapseRates(List<BreakdownRow> rows) {
        List<String> categories = rows.stream().map(this::valueLabel).toList();
        return CategorySeries.single(messages.get("lapse.chart.rate.series"), categories,
                rows.stream().map(BreakdownRow::lapseRate).toList());
    }

    String valueLabel(BreakdownRow row) {
        return row.value() == null ? messages.get("lapse.breakdown.noValue") : row.value();
    }

    /** Customer base and active customers per month. */
    MonthlySeries customerBase(List<MovementRow> rows) {
        SequencedMap<String, List<Long>> lines = new LinkedHashMap<>();
        lines.put(messages.get("lapse.movement.base"), rows.stream().map(MovementRow::base).toList());
        lines.put(messages.get("lapse.movement.active"), rows.stream().map(MovementRow::active).toList());
        return MonthlySeries.lines(months(rows), lines);
    }

    /**
     * New, won-back and lost customers per month, without the data's first month: there every customer
     * counts as new only because the data starts there, and that one bar would flatten all others.
     */
    MonthlySeries customerFlows(List<MovementRow> rows) {
        List<MovementRow> shown = rows.size() > 1 ? rows.subList(1, rows.size()) : rows;
        SequencedMap<String, List<Long>> bars = new LinkedHashMap<>();
        bars.put(messages.get("lapse.movement.new"), shown.stream().map(MovementRow::newCustomers).toList());
        bars.put(messages.get("lapse.movement.returned"), shown.stream().map(MovementRow::returned).toList());
        bars.put(messages.get("lapse.movement.lost"), shown.stream().map(MovementRow::lost).toList());
        return MonthlySeries.of(months(shown), new LinkedHashMap<String, List<Long>>(), bars);
    }

    private static List<java.time.YearMonth> months(List<MovementRow> rows) {
        return rows.stream().map(MovementRow::yearMonth).toList();
    }
}
