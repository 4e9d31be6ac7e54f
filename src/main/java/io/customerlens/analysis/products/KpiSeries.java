package io.customerlens.analysis.products;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Sales figures per period, from the period holding the first line to the one holding the as-of date,
 * empty periods included (with zeros).
 *
 * @param asOf null without data
 */
public record KpiSeries(KpiGranularity granularity, LocalDate asOf, List<KpiRow> rows) {

    public KpiSeries {
        rows = List.copyOf(rows);
    }

    /** The row of the period starting at {@code start}. */
    public Optional<KpiRow> row(LocalDate start) {
        return rows.stream().filter(row -> row.start().equals(start)).findFirst();
    }

    /** The last period that ends on or before the as-of date. */
    public Optional<KpiRow> latestComplete() {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).complete()) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }

    /** For a monthly series: the row of a month (absent before the first line or after the as-of month). */
    public Optional<KpiRow> month(YearMonth month) {
        return row(month.atDay(1));
    }
}
