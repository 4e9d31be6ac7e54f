package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;

import java.util.List;

/**
 * What the importer found in one sheet: the header row, the first data rows for preview, a suggested
 * mapping, the date order of text dates (and whether the values decided it or it was assumed), and a
 * score of how much the sheet looks like sales lines (0 = not at all).
 */
public record SheetInspection(SheetLayout layout, List<RawRow> previewRows, ColumnMapping suggestedMapping,
                              DateOrder dateOrder, boolean dateOrderDecidedByValues, double salesScore) {

    public SheetInspection {
        previewRows = List.copyOf(previewRows);
    }
}
