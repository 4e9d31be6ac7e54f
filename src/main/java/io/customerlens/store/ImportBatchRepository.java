package io.customerlens.store;

import io.customerlens.domain.ImportBatch;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

/** The record of past imports, one row per imported file. */
@RegisterConstructorMapper(ImportBatch.class)
public interface ImportBatchRepository {

    /** Records the start of an import; its counts are filled in by {@link #updateCounts} before commit. */
    @SqlUpdate("""
            INSERT INTO import_batch (file_name, file_size, sha256, sheets, imported_at)
            VALUES (:fileName, :fileSize, :sha256, :sheets, :importedAt)""")
    @GetGeneratedKeys("id")
    long insert(String fileName, long fileSize, String sha256, String sheets, Instant importedAt);

    @SqlUpdate("""
            UPDATE import_batch
            SET lines_read = :linesRead, lines_imported = :linesImported, lines_duplicate = :linesDuplicate,
                lines_rejected = :linesRejected, lines_skipped = :linesSkipped
            WHERE id = :id""")
    void updateCounts(long id, long linesRead, long linesImported, long linesDuplicate, long linesRejected,
                      long linesSkipped);

    /** Newest first. */
    @SqlQuery("SELECT * FROM import_batch ORDER BY id DESC")
    List<ImportBatch> list();

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM import_batch")
    long latestId();

    @SqlQuery("SELECT COUNT(*) FROM import_batch")
    long count();
}
