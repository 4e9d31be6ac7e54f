package io.customerlens.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user confirmed for one import: the file, its encoding (text files), the sheets with
 * their header rows, the column mapping (by header, applied to every chosen sheet), and the date order,
 * with whether the file's dates left that order open ({@code dateOrderAmbiguous}: every text date such as
 * 03/01/19 fits day-first and month-first, so the summary says which was used and how to change it).
 * Lines dated more than {@code daysAheadAllowed} days after today are rejected.
 */
public record ImportPlan(Path file, Optional<Charset> encoding, List<SheetLayout> sheets, ColumnMapping mapping,
                         DateOrder dateOrder, boolean dateOrderAmbiguous, int daysAheadAllowed) {

    /** Tomorrow is allowed: an export made today may carry tomorrow's deliveries, or come from a later time zone. */
    public static final int DEFAULT_DAYS_AHEAD = 1;

    public ImportPlan {
        sheets = List.copyOf(sheets);
        if (daysAheadAllowed < 0) {
            throw new IllegalArgumentException("days ahead allowed must not be negative: " + daysAheadAllowed);
        }
    }

    /** A plan whose date order was decided (by the values or the user) and with the default days ahead. */
    public ImportPlan(Path file, Optional<Charset> encoding, List<SheetLayout> sheets, ColumnMapping mapping,
                      DateOrder dateOrder) {
        this(file, encoding, sheets, mapping, dateOrder, false, DEFAULT_DAYS_AHEAD);
    }
}
