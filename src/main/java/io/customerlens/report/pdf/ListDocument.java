package io.customerlens.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * A printed list (lapsed customers, call sheet, segment summary): already in the user's words, so the
 * renderer only lays it out.
 *
 * @param title        the list's title
 * @param asOf         the as-of date printed under the title
 * @param filters      the filters in force, one "name: value" per entry (printed under the title)
 * @param columns      the columns, left to right
 * @param rows         the rows' cells, one string per column
 * @param minRowHeight points each row takes at least (room for handwritten notes on a call sheet); 0 = text only
 * @param footnote     a line printed after the table (how the list was made); may be null
 */
public record ListDocument(String title, LocalDate asOf, List<String> filters, List<ListColumn> columns,
                           List<List<String>> rows, float minRowHeight, String footnote) {

    public ListDocument {
        filters = List.copyOf(filters);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * One column of a printed list.
     *
     * @param weight  its share of the page width, relative to the other columns
     * @param numeric right-aligned
     * @param tickBox every row gets an empty box to tick by hand (its cells' text is not printed)
     */
    public record ListColumn(String header, float weight, boolean numeric, boolean tickBox) {

        public ListColumn(String header, float weight, boolean numeric) {
            this(header, weight, numeric, false);
        }
    }
}
