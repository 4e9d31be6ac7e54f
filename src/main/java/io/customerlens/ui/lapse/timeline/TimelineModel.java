package io.customerlens.ui.lapse.timeline;

/**
 * What the lapse timeline draws: one row per customer, one column per calendar month from
 * {@link #firstMonth()} to {@link #lastMonth()} (month indexes, mi(d) = 12 × year + month − 1).
 * The control asks only for the cells it is about to draw, so a model over thousands of customers
 * and many years can compute cells on demand.
 */
public interface TimelineModel {

    int rowCount();

    /** The text shown in the fixed left column for a row (usually the customer's name). */
    String rowLabel(int row);

    int firstMonth();

    int lastMonth();

    /** The as-of month, marked across every row. */
    int asOfMonth();

    /** The cell of {@code row} in month index {@code month}, firstMonth ≤ month ≤ lastMonth. */
    TimelineCell cell(int row, int month);

    TimelineModel EMPTY = new TimelineModel() {
        @Override
        public int rowCount() {
            return 0;
        }

        @Override
        public String rowLabel(int row) {
            throw new IndexOutOfBoundsException(row);
        }

        @Override
        public int firstMonth() {
            return 0;
        }

        @Override
        public int lastMonth() {
            return -1;
        }

        @Override
        public int asOfMonth() {
            return 0;
        }

        @Override
        public TimelineCell cell(int row, int month) {
            throw new IndexOutOfBoundsException(row);
        }
    };
}
