package io.customerlens.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a CSV export, built cell by cell, each cell saying what it is. A spreadsheet opening the file runs a
 * cell that starts with =, +, - or @ (or a tab or carriage return) as a formula, which a customer named
 * {@code =cmd|' /c calc'!a0} turns into a command (CSV injection). So a {@link #text} cell — anything from the
 * imported data, such as a name, a key or a product — that starts so is written with a single quote in front, as
 * OWASP advises: the spreadsheet shows it as text. A {@link #number} cell is written as is, so a return of -12.50
 * stays the number -12.50; it must look like a plain number, which keeps text from passing as one.
 */
final class CsvRecord {

    /** What a number cell may hold: CsvNumbers' plain decimals and integers (no exponent, no grouping). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char TEXT_MARK = '\'';

    private final List<String> cells = new ArrayList<>();

    /** Text from the data or a code; neutralised when a spreadsheet would run it; null is an empty cell. */
    CsvRecord text(String text) {
        cells.add(text == null ? "" : neutralised(text));
        return this;
    }

    /**
     * A number CustomerLens formatted (CsvNumbers), written as is; "" or null is an empty cell (unknown).
     *
     * @throws IllegalArgumentException when the value is not a plain number (a fault: text must go through
     *                                  {@link #text})
     */
    CsvRecord number(String plain) {
        if (plain == null || plain.isEmpty()) {
            cells.add("");
            return this;
        }
        if (!PLAIN_NUMBER.matcher(plain).matches()) {
            throw new IllegalArgumentException("not a plain number for a CSV number cell: " + plain);
        }
        cells.add(plain);
        return this;
    }

    /** A count or a whole number of days; null is an empty cell. */
    CsvRecord number(Long value) {
        return number(value == null ? null : value.toString());
    }

    /** A count or a whole number of days; null is an empty cell. */
    CsvRecord number(Integer value) {
        return number(value == null ? null : value.toString());
    }

    /** A decimal, without exponent; null is an empty cell. */
    CsvRecord number(BigDecimal value) {
        return number(value == null ? null : value.toPlainString());
    }

    /** An ISO date (2025-06-20); null is an empty cell. */
    CsvRecord date(LocalDate date) {
        cells.add(date == null ? "" : date.toString());
        return this;
    }

    /** A month as YYYY-MM. */
    CsvRecord month(YearMonth month) {
        cells.add(month.toString());
        return this;
    }

    /** true or false; null is an empty cell. */
    CsvRecord flag(Boolean flag) {
        cells.add(flag == null ? "" : flag.toString());
        return this;
    }

    List<String> cells() {
        return List.copyOf(cells);
    }

    /** The text with a single quote in front when a spreadsheet would run it as a formula or DDE command. */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? TEXT_MARK + text : text;
    }
}
