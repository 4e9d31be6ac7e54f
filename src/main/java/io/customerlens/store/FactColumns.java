package io.customerlens.store;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the number columns of a line scan as people wrote them, and the margin they give. */
final class FactColumns {

    private FactColumns() {
    }

    /** A number as people wrote it ({@link StoredNumbers#plain}); null stays null. */
    static BigDecimal number(ResultSet rows, int column) throws SQLException {
        return StoredNumbers.plain(rows.getBigDecimal(column));
    }

    /** The line's margin from its cost and profit columns ({@link LineFact#marginOf}). */
    static BigDecimal margin(ResultSet rows, BigDecimal amount, int costColumn, int profitColumn) throws SQLException {
        return LineFact.marginOf(amount, number(rows, costColumn), number(rows, profitColumn));
    }
}
