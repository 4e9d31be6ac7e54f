package io.customerlens.analysis.products;

import java.math.BigDecimal;
import java.util.List;

/** Net sales split by one dimension: rows by current sales descending, then value, none last. */
public record StructureResult(StructureDimension dimension, PeriodPair periods, BigDecimal currentTotal,
                              BigDecimal previousTotal, List<ShareRow> rows) {

    public StructureResult {
        rows = List.copyOf(rows);
    }
}
