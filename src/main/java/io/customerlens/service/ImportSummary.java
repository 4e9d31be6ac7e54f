package io.customerlens.service;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.SkipReason;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import did. Every data row read is exactly one of: imported, duplicate (within this import or
 * already stored), rejected, or skipped. A row equal to a stored line counts in {@code duplicatesStored}
 * (however often the file repeats it); {@code duplicatesInImport} counts repeats of rows that are new to the
 * store. {@code linesWithoutCustomer} counts imported lines with no key. {@code firstDate}/{@code lastDate}
 * span every readable line of the file, duplicates included (null when there is none).
 */
public record ImportSummary(long batchId, String fileName, List<String> sheets, long rowsRead, long imported,
                            long duplicatesInImport, long duplicatesStored, Map<SkipReason, Long> skipped,
                            List<ImportProblem> rejected, long linesWithoutCustomer,
                            LocalDate firstDate, LocalDate lastDate) {

    public ImportSummary {
        sheets = List.copyOf(sheets);
        skipped = Map.copyOf(skipped);
        rejected = List.copyOf(rejected);
    }

    public long duplicates() {
        return duplicatesInImport + duplicatesStored;
    }
}
