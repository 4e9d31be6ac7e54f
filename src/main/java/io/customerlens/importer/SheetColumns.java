package io.customerlens.importer;

import io.customerlens.domain.Field;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The column index of each mapped field in one sheet. The plan maps fields to headers, so each sheet
 * resolves its own indexes from its own header row: yearly sheets with the same headers in another
 * order still read the right cells. A field whose header the sheet lacks is unmapped there.
 */
final class SheetColumns {

    private static final int UNMAPPED = -1;

    private final int[] indexes = new int[Field.values().length];
    private final String[] headers = new String[Field.values().length];

    private SheetColumns() {
        Arrays.fill(indexes, UNMAPPED);
        Arrays.fill(headers, "");
    }

    static SheetColumns resolve(SheetLayout layout, ColumnMapping mapping) {
        SheetColumns columns = new SheetColumns();
        List<String> sheetHeaders = layout.headers();
        for (Field field : Field.values()) {
            Optional<MappedColumn> mapped = mapping.column(field);
            if (mapped.isPresent()) {
                int index = indexIn(sheetHeaders, mapped.get());
                if (index != UNMAPPED) {
                    columns.indexes[field.ordinal()] = index;
                    columns.headers[field.ordinal()] = index < sheetHeaders.size() ? sheetHeaders.get(index) : "";
                }
            }
        }
        return columns;
    }

    /** Same header at the mapped position first (duplicate header names), then by exact, then by folded header. */
    private static int indexIn(List<String> sheetHeaders, MappedColumn mapped) {
        String header = HeaderText.display(mapped.header());
        int index = mapped.index();
        if (header.isEmpty()) {
            return index >= 0 ? index : UNMAPPED;
        }
        if (index >= 0 && index < sheetHeaders.size() && sheetHeaders.get(index).equals(header)) {
            return index;
        }
        int exact = sheetHeaders.indexOf(header);
        if (exact >= 0) {
            return exact;
        }
        String key = HeaderText.key(header);
        for (int i = 0; i < sheetHeaders.size(); i++) {
            if (!key.isEmpty() && HeaderText.key(sheetHeaders.get(i)).equals(key)) {
                return i;
            }
        }
        return UNMAPPED;
    }

    /** The column of a field, or -1 (which {@link io.customerlens.importer.source.RawRow#cell} reads as blank). */
    int index(Field field) {
        return indexes[field.ordinal()];
    }

    boolean has(Field field) {
        return indexes[field.ordinal()] != UNMAPPED;
    }

    /** The sheet's header of a field's column; "" when unmapped. */
    String header(Field field) {
        return headers[field.ordinal()];
    }
}
