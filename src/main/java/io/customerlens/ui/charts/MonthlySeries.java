package io.customerlens.ui.charts;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Values per calendar month over a period: lines (e.g. active, new, lost, returned customers) and bars
 * (e.g. the customer base) on one time axis; {@code lines.get(name).get(i)} belongs to
 * {@code months.get(i)}. A null value leaves a gap. {@code band}, when not null, shades a run of months.
 */
public record MonthlySeries(List<YearMonth> months, SequencedMap<String, List<Number>> lines,
                            SequencedMap<String, List<Number>> bars, MonthBand band) {

    public MonthlySeries(List<YearMonth> months, SequencedMap<String, List<Number>> lines,
                         SequencedMap<String, List<Number>> bars) {
        this(months, lines, bars, null);
    }

    /** The same values with a run of months shaded (null: none). */
    public MonthlySeries withBand(MonthBand shaded) {
        return new MonthlySeries(months, lines, bars, shaded);
    }

    public MonthlySeries {
        months = List.copyOf(months);
        SeriesValues.requireDistinct(months, "months");
        lines = SeriesValues.copy(lines, months.size(), "months");
        bars = SeriesValues.copy(bars, months.size(), "months");
    }

    public static MonthlySeries of(List<YearMonth> months,
                                   SequencedMap<String, ? extends List<? extends Number>> lines,
                                   SequencedMap<String, ? extends List<? extends Number>> bars) {
        return new MonthlySeries(months, SeriesValues.copy(lines, months.size(), "months"),
                SeriesValues.copy(bars, months.size(), "months"));
    }

    /** Lines only. */
    public static MonthlySeries lines(List<YearMonth> months,
                                      SequencedMap<String, ? extends List<? extends Number>> lines) {
        return of(months, lines, new LinkedHashMap<String, List<Number>>());
    }
}
