package io.customerlens.store;

import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.SalesLine;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes a chunk of sales lines to a PostgreSQL server with COPY through the driver's CopyManager: one round trip
 * for the whole chunk instead of a statement per line (docs/decisions/0016, docs/benchmarks.md). The rows go in
 * COPY's text format: tab-separated, {@code \N} for null, backslash escapes for tab, newline, carriage return and
 * backslash.
 */
final class SalesLineCopy {

    static final String COPY = "COPY sales_line (batch_id, fp_high, fp_low, customer_key, line_date, amount, is_return,"
            + " order_no, product_key, quantity, unit_price, cost, profit, sheet, source_row, fp_version)"
            + " FROM STDIN (FORMAT text)";

    private SalesLineCopy() {
    }

    /** Copies the lines in; returns how many rows the server took. */
    static long copy(Connection connection, long batchId, List<ImportedLine> lines) throws SQLException {
        StringBuilder rows = new StringBuilder(lines.size() * 160);
        for (ImportedLine imported : lines) {
            appendRow(rows, batchId, imported);
        }
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendRow(StringBuilder row, long batchId, ImportedLine imported) {
        SalesLine line = imported.line();
        row.append(batchId).append('\t')
                .append(imported.fingerprint().high()).append('\t')
                .append(imported.fingerprint().low()).append('\t');
        text(row, line.customerKey());
        row.append(line.date()).append('\t');
        number(row, line.amount());
        row.append(line.isReturn() ? 't' : 'f').append('\t');
        text(row, line.orderNo());
        text(row, line.product().key());
        number(row, line.quantity());
        number(row, line.unitPrice());
        number(row, line.cost());
        number(row, line.profit());
        text(row, imported.sheet());
        row.append(imported.rowNumber()).append('\t')
                .append(SalesLineRepository.CURRENT_FINGERPRINT).append('\n');
    }

    private static void number(StringBuilder row, BigDecimal value) {
        if (value == null) {
            row.append("\\N");
        } else {
            row.append(value.toPlainString());
        }
        row.append('\t');
    }

    private static void text(StringBuilder row, String value) {
        if (value == null) {
            row.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> row.append("\\\\");
                    case '\t' -> row.append("\\t");
                    case '\n' -> row.append("\\n");
                    case '\r' -> row.append("\\r");
                    default -> row.append(c);
                }
            }
        }
        row.append('\t');
    }
}
