package io.customerlens.store;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pull copies the columns named in {@link MirroredTable}, not the server's metadata (docs/decisions/0019): the
 * names must be exactly those our migrations give each mirrored table, on both stores, or a new migration's column
 * would silently stay behind on the server.
 */
@OnEveryStore
class MirroredTableTest {

    @Parameter
    TestStore store;
    @TempDir
    Path folder;

    @Test
    void everyMirroredTableNamesExactlyTheColumnsOurMigrationsDefine() {
        try (Database database = store.open(folder)) {
            for (MirroredTable table : MirroredTable.values()) {
                List<String> migrated = database.jdbi().withHandle(handle -> handle.createQuery("""
                                SELECT LOWER(column_name) FROM information_schema.columns
                                WHERE LOWER(table_name) = :table AND LOWER(table_schema) = 'public'""")
                        .bind("table", table.table()).mapTo(String.class).list());

                assertThat(table.columns()).as(table.table()).containsExactlyInAnyOrderElementsOf(migrated);
            }
        }
    }
}
