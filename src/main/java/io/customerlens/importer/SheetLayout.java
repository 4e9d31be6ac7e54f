package io.customerlens.importer;

import java.util.List;

/** Where a sheet's header row is (1-based row number) and what its headers say (blank headers are ""). */
public record SheetLayout(String sheetName, int headerRowNumber, List<String> headers) {

    public SheetLayout {
        headers = List.copyOf(headers);
    }
}
