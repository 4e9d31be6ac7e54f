package io.customerlens.store;

import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineContent;
import io.customerlens.domain.SaleFact;
import io.customerlens.domain.SalesLine;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Stored sales lines: bulk insert, fingerprints for duplicate detection, and the facts analysis reads. Every
 * read sees the lines of complete import batches only ({@link #VISIBLE}): an import under way, or one a
 * killed process left behind, is invisible until it is complete or removed (docs/decisions/0006).
 */
public interface SalesLineRepository extends SqlObject {

    /**
     * The condition every read of {@code sales_line} carries: its batch is recorded and complete. Named by what
     * is in, not by what is out: a line whose batch record is gone (rows of a killed chunk commit that H2 only
     * finished writing after the unfinished batch was removed, seen in the kill test) stays out too.
     */
    String VISIBLE = "batch_id IN (SELECT id FROM import_batch WHERE complete)";

    /** The fingerprint version new lines get (V4 migration; docs/decisions/0007). */
    int CURRENT_FINGERPRINT = 2;
    /** The version of lines stored before fingerprints were computed on canonical values. */
    int LEGACY_FINGERPRINT = 1;

    String INSERT = """
            INSERT INTO sales_line (batch_id, fp_high, fp_low, customer_key, line_date, amount, is_return, order_no,
                                    product_key, quantity, unit_price, cost, profit, sheet, source_row, fp_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + CURRENT_FINGERPRINT + ")";


    /** Receives the content key ({@link LineContent}) of one stored line and the batch it came with. */
    @FunctionalInterface
    interface ContentConsumer {
        void accept(long contentKey, long batchId);
    }

    /** Streams the content key of every visible line, for telling a file imported before in another form. */
    default void forEachContentKey(ContentConsumer consumer) {
        getHandle().createQuery("SELECT customer_key, line_date, amount, batch_id FROM sales_line WHERE " + VISIBLE)
                .setFetchSize(10_000)
                .scanResultSet((supplier, context) -> {
                    ResultSet rows = supplier.get();
                    while (rows.next()) {
                        consumer.accept(LineContent.key(rows.getString(1), rows.getObject(2, LocalDate.class),
                                rows.getBigDecimal(3)), rows.getLong(4));
                    }
                    return null;
                });
    }

    /** Receives one stored fingerprint. */
    @FunctionalInterface
    interface FingerprintConsumer {
        void accept(long high, long low);
    }

    /**
     * Inserts the lines as one JDBC batch; callers pass chunks of a few thousand lines. Binds through plain
     * JDBC: Jdbi's per-argument type lookup was a tenth of a million-line import. On a PostgreSQL server the
     * chunk goes in with COPY ({@link SalesLineCopy}).
     */
    default void insert(long batchId, List<ImportedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (StoreVendor.of(getHandle()) == StoreVendor.POSTGRESQL) {
            try {
                SalesLineCopy.copy(getHandle().getConnection(), batchId, lines);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
            return;
        }
        try (PreparedStatement statement = getHandle().getConnection().prepareStatement(INSERT)) {
            for (ImportedLine imported : lines) {
                bindLine(statement, batchId, imported);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static void bindLine(PreparedStatement statement, long batchId, ImportedLine imported)
            throws SQLException {
        SalesLine line = imported.line();
        statement.setLong(1, batchId);
        statement.setLong(2, imported.fingerprint().high());
        statement.setLong(3, imported.fingerprint().low());
        statement.setString(4, line.customerKey());
        statement.setObject(5, line.date());
        statement.setBigDecimal(6, line.amount());
        statement.setBoolean(7, line.isReturn());
        statement.setString(8, line.orderNo());
        statement.setString(9, line.product().key());
        statement.setBigDecimal(10, line.quantity());
        statement.setBigDecimal(11, line.unitPrice());
        statement.setBigDecimal(12, line.cost());
        statement.setBigDecimal(13, line.profit());
        statement.setString(14, imported.sheet());
        statement.setInt(15, imported.rowNumber());
    }

    /**
     * Streams every stored fingerprint of one version without building a list, so a large store costs no
     * extra memory.
     */
    default void forEachFingerprint(int version, FingerprintConsumer consumer) {
        getHandle().createQuery("SELECT fp_high, fp_low FROM sales_line WHERE fp_version = :version AND " + VISIBLE)
                .bind("version", version)
                .setFetchSize(10_000)
                .scanResultSet((supplier, context) -> {
                    ResultSet rows = supplier.get();
                    while (rows.next()) {
                        consumer.accept(rows.getLong(1), rows.getLong(2));
                    }
                    return null;
                });
    }

    /** Receives one stored line as analysis needs it, with its unit price (the customer card lists it). */
    @FunctionalInterface
    interface SaleConsumer {
        void accept(SaleFact fact, BigDecimal unitPrice);
    }

    /**
     * Streams every visible line in the order it was stored, without building a list: the one read the
     * analysis snapshot makes (service.snapshot); nothing else reads whole lines for analysis. The table is
     * scanned in primary-key order ({@link StoreVendor#scanInKeyOrder}), which is the order wanted. On PostgreSQL
     * the rows stream only inside a transaction: outside one the driver reads the whole result first.
     */
    default void forEachSale(SaleConsumer consumer) {
        String scan = StoreVendor.of(getHandle()).scanInKeyOrder();
        getHandle().createQuery("SELECT customer_key, line_date, amount, is_return, order_no, cost, profit,"
                        + " quantity, product_key, unit_price FROM sales_line" + scan + " WHERE " + VISIBLE
                        + " ORDER BY id")
                .setFetchSize(10_000)
                .scanResultSet((supplier, context) -> {
                    ResultSet rows = supplier.get();
                    // No sharing of equal values here: the consumer keeps columns, not these records.
                    while (rows.next()) {
                        BigDecimal amount = FactColumns.number(rows, 3);
                        consumer.accept(new SaleFact(rows.getString(1), rows.getObject(2, LocalDate.class), amount,
                                rows.getBoolean(4), rows.getString(5), FactColumns.number(rows, 8),
                                FactColumns.margin(rows, amount, 6, 7), rows.getString(9)),
                                FactColumns.number(rows, 10));
                    }
                    return null;
                });
    }

    @SqlQuery("SELECT COUNT(*) AS lines, MIN(line_date) AS first_date, MAX(line_date) AS last_date FROM sales_line"
            + " WHERE " + VISIBLE)
    @RegisterConstructorMapper(StoreStats.class)
    StoreStats stats();

    @SqlQuery("SELECT COUNT(*) FROM sales_line WHERE " + VISIBLE)
    long count();

    @SqlQuery("SELECT COUNT(*) FROM sales_line WHERE fp_version = :version AND " + VISIBLE)
    long countWithFingerprint(int version);

    @SqlQuery("SELECT NOT EXISTS (SELECT 1 FROM sales_line WHERE " + VISIBLE + ")")
    boolean isEmpty();

    /** The latest line date before the latest import: the as-of date the store had before it; null if none. */
    default LocalDate lastDateBeforeLatestBatch() {
        // The latest batch first, on its own: as a subquery inside the scan H2 ran it once per line.
        Long latest = getHandle().createQuery("SELECT MAX(id) FROM import_batch WHERE complete AND lines_imported > 0")
                .mapTo(Long.class)
                .one();
        if (latest == null) {
            return null;
        }
        return getHandle().createQuery("SELECT MAX(line_date) FROM sales_line WHERE " + VISIBLE + " AND batch_id < ?")
                .bind(0, latest)
                .mapTo(LocalDate.class)
                .one();
    }

    /** The lowest and highest line id of a batch (both null when it has no line), for deleting it in ranges. */
    @SqlQuery("SELECT MIN(id) AS low, MAX(id) AS high FROM sales_line WHERE batch_id = ?")
    @RegisterConstructorMapper(LineIdRange.class)
    LineIdRange idRange(long batchId);

    /** Deletes the batch's lines whose ids lie in {@code [low, high]}; ranges keep each transaction small. */
    @SqlUpdate("DELETE FROM sales_line WHERE batch_id = ? AND id BETWEEN ? AND ?")
    int deleteRange(long batchId, long low, long high);

    /** Deletes every line of a batch at once: an undone import, inside its one transaction. */
    @SqlUpdate("DELETE FROM sales_line WHERE batch_id = ?")
    int deleteBatch(long batchId);

    /** Ids of a batch's lines; both null for a batch without lines. */
    record LineIdRange(Long low, Long high) {
    }
}
