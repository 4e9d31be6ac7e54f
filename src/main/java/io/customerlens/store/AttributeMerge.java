package io.customerlens.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the MERGE statement shared by customers and products. The attributes of the newer line win (the
 * row's {@code attributes_date} against the incoming one; on a tie the incoming import wins), and a null
 * never erases a known value: the older value fills in where the newer one is missing.
 */
final class AttributeMerge {

    private AttributeMerge() {
    }

    /** A MERGE with positional parameters: the key, then each attribute, then the line date. */
    static String sql(String table, String keyColumn, List<String> attributeColumns) {
        String sourceColumns = attributeColumns.stream()
                .map(column -> "CAST(? AS VARCHAR(1000)) AS " + column)
                .collect(Collectors.joining(", "));
        String updates = attributeColumns.stream()
                .map(column -> column + " = CASE WHEN s.attributes_date >= t.attributes_date"
                        + " THEN COALESCE(s." + column + ", t." + column + ")"
                        + " ELSE COALESCE(t." + column + ", s." + column + ") END")
                .collect(Collectors.joining(",\n    "));
        String columns = String.join(", ", attributeColumns);
        String sourceValues = attributeColumns.stream().map(column -> "s." + column).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " t\n"
                + "USING (SELECT CAST(? AS VARCHAR(1000)) AS " + keyColumn + ", " + sourceColumns
                + ", CAST(? AS DATE) AS attributes_date) s\n"
                + "ON t." + keyColumn + " = s." + keyColumn + "\n"
                + "WHEN MATCHED THEN UPDATE SET\n    " + updates + ",\n"
                + "    attributes_date = GREATEST(t.attributes_date, s.attributes_date)\n"
                + "WHEN NOT MATCHED THEN INSERT (" + keyColumn + ", " + columns + ", attributes_date)\n"
                + "    VALUES (s." + keyColumn + ", " + sourceValues + ", s.attributes_date)";
    }
}
