package io.customerlens.store;

import io.customerlens.domain.ImportBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of past imports, one row per imported file. A batch is written incomplete when its import
 * starts and marked complete in the import's final transaction; only complete batches are listed.
 */
@RegisterConstructorMapper(ImportBatch.class)
public interface ImportBatchRepository {

    String COLUMNS = """
            id, file_name, file_size, sha256, sheets, imported_at, lines_read, lines_imported, lines_duplicate,
            lines_rejected, lines_skipped, first_date, last_date""";

    /** Records the start of an import, incomplete: its lines stay invisible until {@link #complete}. */
    @SqlUpdate("""
            INSERT INTO import_batch (file_name, file_size, sha256, sheets, imported_at, complete)
            VALUES (:fileName, :fileSize, :sha256, :sheets, :importedAt, FALSE)""")
    @GetGeneratedKeys("id")
    long insert(String fileName, long fileSize, String sha256, String sheets, Instant importedAt);

    /** Fills in the counts and makes the batch's lines visible; part of the import's final transaction. */
    @SqlUpdate("""
            UPDATE import_batch
            SET lines_read = :linesRead, lines_imported = :linesImported, lines_duplicate = :linesDuplicate,
                lines_rejected = :linesRejected, lines_skipped = :linesSkipped, first_date = :firstDate,
                last_date = :lastDate, complete = TRUE
            WHERE id = :id AND NOT complete""")
    int complete(long id, long linesRead, long linesImported, long linesDuplicate, long linesRejected,
                 long linesSkipped, LocalDate firstDate, LocalDate lastDate);

    /** Complete imports, newest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM import_batch WHERE complete ORDER BY id DESC")
    List<ImportBatch> list();

    /** One complete import; empty for an unknown id or an import under way. */
    @SqlQuery("SELECT " + COLUMNS + " FROM import_batch WHERE id = ? AND complete")
    Optional<ImportBatch> findComplete(long id);

    /** Removes the record of a complete import whose lines are gone (an import undone). */
    @SqlUpdate("DELETE FROM import_batch WHERE id = ? AND complete")
    int deleteComplete(long id);

    /** Batches whose import never finished (a killed process, a failure whose clean-up failed too), oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM import_batch WHERE NOT complete ORDER BY id")
    List<ImportBatch> incomplete();

    /** Removes an incomplete batch once its lines are gone; a complete one is never removed here. */
    @SqlUpdate("DELETE FROM import_batch WHERE id = ? AND NOT complete")
    int deleteIncomplete(long id);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM import_batch WHERE complete")
    long latestId();

    @SqlQuery("SELECT COUNT(*) FROM import_batch WHERE complete")
    long count();
}
