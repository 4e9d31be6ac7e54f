package io.customerlens.store;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the columns of a line-fact scan. Equal texts (customer keys, order numbers, product keys), dates and
 * quantities share one instance, which keeps a million facts to a fraction of the memory separate objects take.
 */
final class FactColumns {

    private final Map<String, String> texts = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();
    private final Map<BigDecimal, BigDecimal> quantities = new HashMap<>();

    String text(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        return text == null ? null : texts.computeIfAbsent(text, t -> t);
    }

    LocalDate date(ResultSet rows, int column) throws SQLException {
        return dates.computeIfAbsent(rows.getObject(column, LocalDate.class), d -> d);
    }

    /** A number as people wrote it ({@link StoredNumbers#plain}); null stays null. */
    static BigDecimal number(ResultSet rows, int column) throws SQLException {
        return StoredNumbers.plain(rows.getBigDecimal(column));
    }

    /** A quantity; few distinct values recur across many lines, so they are shared. */
    BigDecimal quantity(ResultSet rows, int column) throws SQLException {
        BigDecimal quantity = number(rows, column);
        return quantity == null ? null : quantities.computeIfAbsent(quantity, q -> q);
    }

    /** The line's margin from its cost and profit columns ({@link LineFact#marginOf}). */
    static BigDecimal margin(ResultSet rows, BigDecimal amount, int costColumn, int profitColumn) throws SQLException {
        return LineFact.marginOf(amount, number(rows, costColumn), number(rows, profitColumn));
    }
}
