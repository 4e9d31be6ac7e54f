package io.customerlens.store;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.ImportBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@OnEveryStore
class ImportBatchRepositoryTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;

    @Test
    void batchesAreListedNewestFirstWithTheirCounts() {
        Instant first = Instant.parse("2024-05-01T08:00:00Z");
        Instant second = Instant.parse("2024-05-02T09:30:00Z");
        try (Database database = store.open(folder)) {
            List<ImportBatch> batches = database.jdbi().withExtension(ImportBatchRepository.class, repository -> {
                long a = repository.insert("a.xlsx", 100, "a".repeat(64), "2009-2010, 2010-2011", first);
                long b = repository.insert("b.csv", 200, "b".repeat(64), "b", second);
                repository.complete(a, 10, 6, 2, 1, 1, LocalDate.of(2009, 12, 1), LocalDate.of(2011, 12, 9));
                repository.complete(b, 0, 0, 0, 0, 0, null, null);
                return repository.list();
            });

            assertThat(batches).hasSize(2);
            assertThat(batches.get(0).fileName()).isEqualTo("b.csv");
            assertThat(batches.get(0).importedAt()).isEqualTo(second);
            assertThat(batches.get(1)).isEqualTo(new ImportBatch(batches.get(1).id(), "a.xlsx", 100, "a".repeat(64),
                    "2009-2010, 2010-2011", first, 10, 6, 2, 1, 1, LocalDate.of(2009, 12, 1), LocalDate.of(2011, 12, 9)));
        }
    }

    @Test
    void anImportUnderWayIsNotListedUntilComplete() {
        try (Database database = store.open(folder)) {
            database.jdbi().useExtension(ImportBatchRepository.class, repository -> {
                long done = repository.insert("done.xlsx", 1, "d".repeat(64), "s", Instant.EPOCH);
                repository.complete(done, 1, 1, 0, 0, 0, null, null);
                long running = repository.insert("running.xlsx", 1, "r".repeat(64), "s", Instant.EPOCH);

                assertThat(repository.list()).extracting(ImportBatch::fileName).containsExactly("done.xlsx");
                assertThat(repository.incomplete()).extracting(ImportBatch::id).containsExactly(running);
                assertThat(repository.latestId()).isEqualTo(done);
                assertThat(repository.count()).isEqualTo(1);
                assertThat(repository.complete(done, 2, 2, 0, 0, 0, null, null)).as("a complete batch is never completed again")
                        .isZero();
                assertThat(repository.deleteIncomplete(done)).as("a complete batch is never deleted here").isZero();
            });
        }
    }
}
