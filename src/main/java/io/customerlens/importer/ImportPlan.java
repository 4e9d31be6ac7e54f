package io.customerlens.importer;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user confirmed for one import: the file, its encoding (text files), the sheets with
 * their header rows, the column mapping (by header, applied to every chosen sheet), and the date order.
 */
public record ImportPlan(Path file, Optional<Charset> encoding, List<SheetLayout> sheets, ColumnMapping mapping,
                         DateOrder dateOrder) {

    public ImportPlan {
        sheets = List.copyOf(sheets);
    }
}
