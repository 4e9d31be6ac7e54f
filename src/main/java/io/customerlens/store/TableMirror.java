package io.customerlens.store;

import org.jdbi.v3.core.statement.PreparedBatch;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Makes one {@link MirroredTable} of a laptop copy hold what the server's holds (docs/decisions/0019): rows the copy
 * lacks are inserted, rows that differ are changed, and the keys of rows the server no longer has are returned, to
 * be removed once the tables that refer to them are done ({@link #remove}).
 */
public final class TableMirror {

    /** How many rows are sent to the copy at once. */
    private static final int BATCH = 1_000;

    /** What one table's copy changed; {@code removed}: the keys still to remove. */
    public record Changes(MirroredTable table, int inserted, int updated, List<Object> removed) {

        public int total() {
            return inserted + updated + removed.size();
        }
    }

    private final SyncTransaction server;
    private final SyncTransaction copy;
    private final SyncRows rows;

    public TableMirror(SyncTransaction server, SyncTransaction copy, SyncRows rows) {
        this.server = server;
        this.copy = copy;
        this.rows = rows;
    }

    /** Inserts and changes the copy's rows of {@code table}; returns what changed and which keys are to go. */
    public Changes copy(MirroredTable table) {
        List<String> columns = table.columns();
        int key = columns.indexOf(table.key());
        String list = String.join(", ", columns);
        Map<Object, List<Object>> local = new HashMap<>();
        if (table.kind() == MirroredTable.Kind.UNCHANGING) {
            copy.handle().createQuery("SELECT " + table.key() + " FROM " + table.table())
                    .map((row, context) -> values(row).getFirst())
                    .forEach(id -> local.put(id, List.of()));
        } else {
            copy.handle().createQuery("SELECT " + list + " FROM " + table.table())
                    .map((row, context) -> values(row))
                    .forEach(values -> local.put(values.get(key), values));
        }
        int later = table.laterColumn().map(columns::indexOf).orElse(-1);
        Writes writes = new Writes(table, columns);
        server.handle().createQuery("SELECT " + list + " FROM " + table.table() + " " + table.serverFilter())
                .setFetchSize(BATCH)
                .map((row, context) -> values(row))
                .forEach(values -> {
                    List<Object> mine = local.remove(values.get(key));
                    if (mine == null) {
                        writes.insert(values);
                    } else if (table.kind() != MirroredTable.Kind.UNCHANGING && !same(mine, values)
                            && (later < 0 || isLater(values.get(later), mine.get(later)))) {
                        writes.update(values, key);
                    }
                });
        writes.flush();
        List<Object> removed = table.kind() == MirroredTable.Kind.LATER_EDIT_WINS ? List.of()
                : new ArrayList<>(local.keySet());
        return new Changes(table, writes.inserted, writes.updated, Collections.unmodifiableList(removed));
    }

    /** Removes the rows {@link #copy} found gone from the server. */
    public void remove(Changes changes) {
        MirroredTable table = changes.table();
        PreparedBatch batch = copy.handle().prepareBatch(
                "DELETE FROM " + table.table() + " WHERE " + table.key() + " = ?");
        for (Object key : changes.removed()) {
            batch.bind(0, key).add();
            rows.written();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /**
     * After the copy's commit: moves each copied table's id counter past the highest id it now holds. The rows came
     * with the server's ids, and neither H2 nor PostgreSQL moves an identity counter past an id given explicitly, so
     * the next import into the copy would otherwise be refused for an id already taken. A schema change, which H2
     * commits on its own: hence after the pull's transaction, and again at the next pull if a stop came between.
     */
    public void moveIdsPastCopiedRows() {
        for (MirroredTable table : MirroredTable.values()) {
            if (table.key().equals("id")) {
                long next = copy.handle().createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table.table())
                        .mapTo(Long.class).one();
                copy.handle().execute("ALTER TABLE " + table.table() + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    /** Raises the copy's revision, so the analysis snapshot is read again after the lines changed. */
    public void raiseRevision() {
        copy.handle().attach(StoreRevisionRepository.class).raise();
    }

    private final class Writes {
        private final PreparedBatch inserts;
        private final PreparedBatch updates;
        private int inserted;
        private int updated;

        Writes(MirroredTable table, List<String> columns) {
            inserts = copy.handle().prepareBatch("INSERT INTO " + table.table() + " (" + String.join(", ", columns)
                    + ") VALUES (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")");
            updates = copy.handle().prepareBatch("UPDATE " + table.table() + " SET "
                    + columns.stream().filter(column -> !column.equals(table.key())).map(column -> column + " = ?")
                    .collect(Collectors.joining(", ")) + " WHERE " + table.key() + " = ?");
        }

        void insert(List<Object> values) {
            for (int i = 0; i < values.size(); i++) {
                inserts.bind(i, values.get(i));
            }
            inserts.add();
            inserted++;
            written(inserts);
        }

        void update(List<Object> values, int key) {
            int position = 0;
            for (int i = 0; i < values.size(); i++) {
                if (i != key) {
                    updates.bind(position++, values.get(i));
                }
            }
            updates.bind(position, values.get(key));
            updates.add();
            updated++;
            written(updates);
        }

        private void written(PreparedBatch batch) {
            rows.written();
            if (batch.size() >= BATCH) {
                batch.execute();
            }
        }

        void flush() {
            for (PreparedBatch batch : List.of(inserts, updates)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
        }
    }

    /**
     * The row's values as both stores can compare and bind them: dates as LocalDate, times as OffsetDateTime,
     * whole numbers as Long, money as BigDecimal (H2's DECFLOAT and PostgreSQL's NUMERIC), the rest as text.
     */
    private static List<Object> values(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        List<Object> values = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.add(value(row, i, meta.getColumnType(i)));
        }
        return values;
    }

    private static Object value(ResultSet row, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> row.getObject(column, LocalDate.class);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> row.getObject(column, OffsetDateTime.class);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> row.getLong(column);
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(column);
            default -> row.getObject(column) instanceof BigDecimal number ? number : row.getString(column);
        };
        return row.wasNull() ? null : value;
    }

    private static boolean same(List<Object> mine, List<Object> theirs) {
        for (int i = 0; i < mine.size(); i++) {
            if (!sameValue(mine.get(i), theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(Object mine, Object theirs) {
        if (mine instanceof BigDecimal a && theirs instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (mine instanceof OffsetDateTime a && theirs instanceof OffsetDateTime b) {
            return a.isEqual(b);
        }
        return Objects.equals(mine, theirs);
    }

    private static boolean isLater(Object theirs, Object mine) {
        return mine == null || theirs instanceof OffsetDateTime a && mine instanceof OffsetDateTime b && a.isAfter(b);
    }
}
