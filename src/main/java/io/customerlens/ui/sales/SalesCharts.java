package io.customerlens.ui.sales;

import io.customerlens.analysis.products.Contributor;
import io.customerlens.analysis.products.KpiRow;
import io.customerlens.analysis.products.KpiSeries;
import io.customerlens.analysis.products.SalesAnomaly;
import io.customerlens.analysis.products.ShareRow;
import io.customerlens.analysis.products.StructureResult;
import io.customerlens.i18n.ReadingFormat;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.charts.MonthlySeries;
import io.customerlens.ui.common.Messages;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** The figures of Home's sales charts and anomaly list, from the analysis results to plain values and texts. */
final class SalesCharts {

    static final int TREND_MONTHS = 24;
    /** The structure chart shows the largest values; the table below it lists them all. */
    static final int STRUCTURE_BARS = 10;
    static final int CONTRIBUTORS_NAMED = 3;
    static final MonthlySeries NO_MONTHS = MonthlySeries.lines(List.of(), new LinkedHashMap<String, List<Number>>());
    static final CategorySeries NO_CATEGORIES = CategorySeries.of(List.of(), new LinkedHashMap<String, List<Number>>());

    private final Messages messages;

    SalesCharts(Messages messages) {
        this.messages = messages;
    }

    /**
     * Net sales of the 24 months up to the latest complete one, and beside each month the same month a year
     * earlier (a gap before the first data). The axis starts at the first month of data when that is later:
     * seven months of data are not drawn as seventeen empty months and seven full ones. Without any month a
     * year earlier, there is no year-before line at all.
     */
    MonthlySeries trend(KpiSeries months, KpiRow latest) {
        YearMonth last = YearMonth.from(latest.start());
        YearMonth first = months.rows().isEmpty() ? last : YearMonth.from(months.rows().getFirst().start());
        int count = (int) Math.min(TREND_MONTHS, Math.max(1, first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1));
        List<YearMonth> shown = new ArrayList<>();
        List<Number> sales = new ArrayList<>();
        List<Number> yearBefore = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            shown.add(month);
            sales.add(months.month(month).map(KpiRow::netSales).orElse(null));
            yearBefore.add(months.month(month.minusYears(1)).map(KpiRow::netSales).orElse(null));
        }
        SequencedMap<String, List<Number>> lines = new LinkedHashMap<>();
        lines.put(messages.get("sales.home.trend.sales"), sales);
        if (yearBefore.stream().anyMatch(java.util.Objects::nonNull)) {
            lines.put(messages.get("sales.home.trend.yearBefore"), yearBefore);
        }
        return MonthlySeries.lines(shown, lines);
    }

    /** The current and previous share of the largest values, as two bars each. */
    CategorySeries shares(StructureResult structure) {
        List<ShareRow> largest = structure.rows().stream().limit(STRUCTURE_BARS).toList();
        List<String> names = distinctNames(largest);
        SequencedMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put(messages.get("sales.home.structure.current"),
                largest.stream().map(row -> (Number) row.currentShare()).toList());
        series.put(messages.get("sales.home.structure.previous"),
                largest.stream().map(row -> (Number) row.previousShare()).toList());
        return CategorySeries.of(names, series);
    }

    /** What a value is called; "none" for lines without one. */
    String valueName(ShareRow row) {
        return row.value() == null ? messages.get("sales.home.structure.none") : row.label();
    }

    /** Bars are keyed by name: two products of the same name get their codes added. */
    private List<String> distinctNames(List<ShareRow> rows) {
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (ShareRow row : rows) {
            String name = valueName(row);
            names.add(seen.add(name) ? name : name + " (" + row.value() + ")");
        }
        return names;
    }

    AnomalyLine anomalyLine(SalesAnomaly anomaly) {
        return new AnomalyLine(anomaly.month(), anomaly.actual(), anomaly.expected(), anomaly.departure(),
                contributors(anomaly.customers()), contributors(anomaly.products()));
    }

    /** "Shop A −12,345.00, Shop B −3,210.00": the largest parts in the departure. */
    private String contributors(List<Contributor> contributors) {
        return contributors.stream().limit(CONTRIBUTORS_NAMED)
                .map(contributor -> messages.format("sales.home.anomalies.contributor",
                        contributor.label() == null ? messages.get("sales.home.structure.none") : contributor.label(),
                        signed(contributor.contribution())))
                .collect(Collectors.joining(messages.get("sales.home.listSeparator")));
    }

    /** "+1,234.00" or "−1,234.00" (the minus from the one ReadingFormat); no sign on an amount that reads 0.00. */
    private String signed(java.math.BigDecimal amount) {
        String shown = messages.amount(amount);
        return amount.signum() > 0 && ReadingFormat.readsNonZero(shown) ? "+" + shown : shown;
    }
}
