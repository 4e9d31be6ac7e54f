package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.LengthBucket;
import io.customerlens.analysis.lapse.MovementKind;
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
    /** The customer base chart's lines, in order: its series index names the movement column a point opens. */
    static final List<MovementKind> BASE_LINES = List.of(MovementKind.BASE, MovementKind.ACTIVE);
    /** The flows chart's bars, in order. */
    static final List<MovementKind> FLOW_BARS = List.of(MovementKind.NEW, MovementKind.RETURNED, MovementKind.LOST);

    MonthlySeries customerBase(List<MovementRow> rows) {
        SequencedMap<String, List<Long>> lines = new LinkedHashMap<>();
        for (MovementKind kind : BASE_LINES) {
            lines.put(name(kind), rows.stream().map(row -> count(row, kind)).toList());
        }
        return MonthlySeries.lines(months(rows), lines);
    }

    /**
     * New, won-back and lost customers per month, without the data's first month: there every customer
     * counts as new only because the data starts there, and that one bar would flatten all others.
     */
    MonthlySeries customerFlows(List<MovementRow> rows) {
        List<MovementRow> shown = flowMonths(rows);
        SequencedMap<String, List<Long>> bars = new LinkedHashMap<>();
        for (MovementKind kind : FLOW_BARS) {
            bars.put(name(kind), shown.stream().map(row -> count(row, kind)).toList());
        }
        return MonthlySeries.of(months(shown), new LinkedHashMap<String, List<Long>>(), bars);
    }

    /** The months the flows chart draws: its month index counts from the first of them. */
    static List<MovementRow> flowMonths(List<MovementRow> rows) {
        return rows.size() > 1 ? rows.subList(1, rows.size()) : rows;
    }

    static long count(MovementRow row, MovementKind kind) {
        return switch (kind) {
            case BASE -> row.base();
            case ACTIVE -> row.active();
            case NEW -> row.newCustomers();
            case RETURNED -> row.returned();
            case LOST -> row.lost();
        };
    }

    private String name(MovementKind kind) {
        return messages.get("lapse.movement." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static List<java.time.YearMonth> months(List<MovementRow> rows) {
        return rows.stream().map(MovementRow::yearMonth).toList();
    }
}
