package io.customerlens.importer.source;

/** A merged area of a sheet: 1-based first and last row, 0-based first and last column. */
record MergedArea(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    boolean spansRows() {
        return lastRow > firstRow;
    }

    boolean covers(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** {@code A5:B7} or a single {@code A5}; null when the text is no cell range. */
    static MergedArea parse(String reference) {
        int colon = reference.indexOf(':');
        int[] first = cell(colon < 0 ? reference : reference.substring(0, colon));
        int[] last = colon < 0 ? first : cell(reference.substring(colon + 1));
        if (first == null || last == null) {
            return null;
        }
        return new MergedArea(Math.min(first[0], last[0]), Math.max(first[0], last[0]),
                Math.min(first[1], last[1]), Math.max(first[1], last[1]));
    }

    /** {row (1-based), column (0-based)} of a reference such as {@code AB12} or {@code $A$5}, or null. */
    private static int[] cell(String reference) {
        String text = reference.strip().replace("$", "");
        int i = 0;
        int column = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i < 3) {
            column = column * 26 + (Character.toUpperCase(text.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == text.length() || text.length() - i > 7) {
            return null;
        }
        int row = 0;
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
        }
        return row < 1 ? null : new int[] {row, column - 1};
    }
}
