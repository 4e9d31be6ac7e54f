package io.customerlens.importer;

import io.customerlens.domain.Field;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.value.CellText;

import java.util.List;

/**
 * How much a sheet looks like sales lines, 0..1: a date, an amount (or quantity and price) and a
 * customer mapped with confidence, and dates that actually parse in the sampled rows. Side sheets such
 * as Superstore's 退货/Returns (订单 ID, 退回) or 销售人员/People (销售人员, 地区) map none of the three
 * and score 0.
 */
final class SalesSheetScorer {

    private static final double DATE_WEIGHT = 0.4;
    private static final double AMOUNT_WEIGHT = 0.4;
    private static final double CUSTOMER_WEIGHT = 0.2;
    /** Quantity × price is a little weaker evidence than an amount column. */
    private static final double DERIVED_AMOUNT_FACTOR = 0.9;

    double score(ColumnMapping mapping, List<RawRow> dataRows, DateParser dates) {
        if (dataRows.stream().allMatch(SheetInspector::isBlank)) {
            return 0;
        }
        double amount = Math.max(confidence(mapping, Field.AMOUNT),
                DERIVED_AMOUNT_FACTOR * Math.min(confidence(mapping, Field.QUANTITY), confidence(mapping, Field.UNIT_PRICE)));
        double customer = Math.max(confidence(mapping, Field.CUSTOMER_ID), confidence(mapping, Field.CUSTOMER_NAME));
        double shape = DATE_WEIGHT * confidence(mapping, Field.DATE) + AMOUNT_WEIGHT * amount + CUSTOMER_WEIGHT * customer;
        double score = shape * (0.5 + 0.5 * dateParseRate(mapping, dataRows, dates));
        return Math.round(score * 1000) / 1000.0;
    }

    private static double confidence(ColumnMapping mapping, Field field) {
        return mapping.column(field).map(MappedColumn::confidence).orElse(0.0);
    }

    /** The share of non-blank date cells in the sample that hold a valid date. */
    private static double dateParseRate(ColumnMapping mapping, List<RawRow> dataRows, DateParser dates) {
        int column = mapping.column(Field.DATE).map(MappedColumn::index).orElse(-1);
        if (column < 0) {
            return 0;
        }
        int filled = 0;
        int parsed = 0;
        for (RawRow row : dataRows) {
            Cell cell = row.cell(column);
            if (!CellText.isBlank(cell.text())) {
                filled++;
                if (dates.parse(cell) != null) {
                    parsed++;
                }
            }
        }
        return filled == 0 ? 0 : (double) parsed / filled;
    }
}
