package io.customerlens.store;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.customerlens.store.SampleLines.line;
import static org.assertj.core.api.Assertions.assertThat;

@OnEveryStore
class SalesLineRepositoryTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private long batchId;

    @BeforeEach
    void open() {
        database = store.open(folder);
        // Completed at once: these tests insert into a batch whose lines are visible.
        batchId = database.jdbi().withExtension(ImportBatchRepository.class, batches -> {
            long id = batches.insert("sales.csv", 1, "0".repeat(64), "sales", Instant.EPOCH);
            batches.complete(id, 0, 0, 0, 0, 0, null, null);
            return id;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void insert(List<ImportedLine> lines) {
        database.jdbi().useExtension(SalesLineRepository.class, repository -> repository.insert(batchId, lines));
    }

    @Test
    void insertedLinesAreCountedWithTheirDateRange() {
        insert(List.of(line(1, "C1", "2024-03-05", "10"), line(2, null, "2023-12-31", "-4"),
                line(3, "C2", "2024-11-23", "1.5")));

        StoreStats stats = database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::stats);

        assertThat(stats).isEqualTo(new StoreStats(3, LocalDate.of(2023, 12, 31), LocalDate.of(2024, 11, 23)));
    }

    @Test
    void emptyStoreHasNoDateRange() {
        StoreStats stats = database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::stats);

        assertThat(stats).isEqualTo(new StoreStats(0, null, null));
        assertThat(database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::isEmpty)).isTrue();
    }

    @Test
    void everyStoredFingerprintIsStreamed() {
        insert(List.of(line(1, "C1", "2024-03-05", "10"), line(2, "C1", "2024-03-06", "10")));
        List<long[]> seen = new ArrayList<>();

        database.jdbi().useExtension(SalesLineRepository.class, repository ->
                repository.forEachFingerprint(SalesLineRepository.CURRENT_FINGERPRINT, (high, low) -> seen.add(new long[]{high, low})));

        assertThat(seen).extracting(pair -> pair[0]).containsExactlyInAnyOrder(1L, 2L);
        assertThat(seen).allSatisfy(pair -> assertThat(pair[1]).isEqualTo(~pair[0]));
    }

    @Test
    void factsKeepEveryDigitInPlainForm() {
        insert(List.of(line(1, "C1", "2024-03-05", "100", "SO-1", SampleLines.named("C1", "A", null)),
                line(2, null, "2024-03-06", "-12.3456789", null, SampleLines.named(null, null, null)),
                line(3, "C1", "2024-03-07", "1234.50")));

        List<LineFact> facts = new java.util.ArrayList<>();
        database.jdbi().useExtension(SalesLineRepository.class,
                lines -> lines.forEachSale((fact, unitPrice) -> facts.add(fact.toLineFact())));

        assertThat(facts).containsExactlyInAnyOrder(
                new LineFact("C1", LocalDate.of(2024, 3, 5), new BigDecimal("100"), false, "SO-1"),
                new LineFact(null, LocalDate.of(2024, 3, 6), new BigDecimal("-12.3456789"), true, null),
                new LineFact("C1", LocalDate.of(2024, 3, 7), new BigDecimal("1234.5"), false, null));
        assertThat(facts).extracting(f -> f.amount().toString()).doesNotContain("1E+2");
    }

    @Test
    void manyLinesGoInAsOneBatch() {
        List<ImportedLine> lines = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            lines.add(line(i + 1, "C" + (i % 100), "2024-01-01", "1"));
        }

        insert(lines);

        assertThat(database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::count))
                .isEqualTo(12_000);
    }
}
