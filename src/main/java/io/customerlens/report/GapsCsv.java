package io.customerlens.report;

import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes gaps.csv: every gap of every customer (runs of months without a purchase, lapse episodes or
 * not), sorted by customer key then start month; months as YYYY-MM ({@link CsvFile} conventions).
 */
public final class GapsCsv {

    /** gaps.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "gaps" + CsvFile.EXTENSION;
    public static final List<String> HEADER = List.of("customer_key", "start_month", "end_month", "months", "open");

    /** @return the file written, {@code folder/gaps.csv} */
    public Path write(Path folder, Collection<CustomerLapse> customers) throws IOException {
        List<CustomerLapse> sorted = customers.stream().sorted(Comparator.comparing(CustomerLapse::customerKey)).toList();
        return CsvFile.write(folder, FILE_NAME, HEADER, rows -> {
            for (CustomerLapse customer : sorted) {
                List<Gap> gaps = customer.gaps().stream().sorted(Comparator.comparingInt(Gap::startMonth)).toList();
                for (Gap gap : gaps) {
                    rows.add(new CsvRecord().text(customer.customerKey()).month(gap.start()).month(gap.end())
                            .number(gap.months()).flag(gap.open()));
                }
            }
        });
    }
}
