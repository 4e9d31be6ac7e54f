package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.Customer;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpDraft;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.UndoneImport;
import io.customerlens.importer.ImportPlan;
import io.customerlens.store.Database;
import io.customerlens.store.FollowUpStore;
import io.customerlens.store.SalesStore;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Undoing an import over the service fixtures: sales-jan-feb.csv brings 6 lines (C001 ×3, C002 ×2, SO-004 without
 * customer), then sales-feb-mar.csv brings 3 new ones (SO-007 C001 03-03, SO-008 C003 03-15, SO-009 C002 03-20)
 * and finds the other 3 stored.
 */
@OnEveryStore
class ImportUndoTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private ImportService imports;
    private long janFeb;
    private long febMar;

    @BeforeEach
    void importBoth() throws IOException {
        database = store.open(folder);
        imports = ImportServices.over(database, Clock.systemUTC());
        janFeb = importFixture("sales-jan-feb.csv");
        febMar = importFixture("sales-feb-mar.csv");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long importFixture(String name) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(ImportServiceTest.fixture(name), options), options);
        return imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER).batchId();
    }

    @Test
    void undoingAnOlderImportRemovesExactlyItsLines() {
        UndoneImport undone = imports.undo(janFeb).orElseThrow();

        assertThat(undone.linesRemoved()).isEqualTo(6);
        assertThat(undone.batch().fileName()).isEqualTo("sales-jan-feb.csv");
        StoreSnapshot after = StoreSnapshot.of(database);
        assertThat(after.lineCount()).isEqualTo(3);
        assertThat(after.lines()).extracting(LineFact::orderNo).containsExactlyInAnyOrder("SO-007", "SO-008", "SO-009");
        assertThat(after.batches()).extracting(ImportBatch::id).containsExactly(febMar);
    }

    @Test
    void undoingTheLatestImportLeavesTheEarlierOneAsItWas() {
        StoreSnapshot before = StoreSnapshot.of(database);

        imports.undo(febMar).orElseThrow();

        StoreSnapshot after = StoreSnapshot.of(database);
        assertThat(after.lines()).hasSize(6).allMatch(before.lines()::contains)
                .noneMatch(line -> List.of("SO-007", "SO-008", "SO-009").contains(line.orderNo()));
        assertThat(after.batches()).extracting(ImportBatch::id).containsExactly(janFeb);
    }

    @Test
    void customersAndFollowUpTasksStayAfterAnUndo() {
        FollowUpStore tasks = new FollowUpStore(database);
        FollowUpTask task = tasks.inTransaction(writer -> writer.insert(new FollowUpDraft("C001", FollowUpReason.MANUAL,
                null, FollowUpChannel.PHONE, LocalDate.of(2024, 4, 1), 2, BigDecimal.TEN, "call", null, null),
                Instant.EPOCH));

        imports.undo(janFeb).orElseThrow();
        imports.undo(febMar).orElseThrow();

        assertThat(tasks.all()).containsExactly(task);
        assertThat(StoreSnapshot.of(database).customers()).extracting(Customer::key)
                .containsExactly("C001", "C002", "C003");
        assertThat(imports.storeIsEmpty()).isTrue();
    }

    @Test
    void anUnknownIdChangesNothing() {
        StoreSnapshot before = StoreSnapshot.of(database);
        long revision = new SalesStore(database).revision();

        assertThat(imports.undo(febMar + 100)).isEmpty();
        assertThat(imports.undo(janFeb).map(UndoneImport::linesRemoved)).contains(6L);
        assertThat(imports.undo(janFeb)).as("an import undone once is gone").isEmpty();

        assertThat(new SalesStore(database).revision()).isEqualTo(revision + 1);
        assertThat(StoreSnapshot.of(database).lineCount()).isEqualTo(before.lineCount() - 6);
    }

    @Test
    void aFailureAfterTheLinesWereDeletedLeavesEverythingAsItWas() {
        // A row that refers to the batch makes deleting its record fail, after its lines were deleted.
        database.jdbi().useHandle(handle -> {
            handle.execute("CREATE TABLE pin (batch_id BIGINT REFERENCES import_batch (id))");
            handle.execute("INSERT INTO pin VALUES (?)", janFeb);
        });
        StoreSnapshot before = StoreSnapshot.of(database);
        long revision = new SalesStore(database).revision();

        assertThatThrownBy(() -> imports.undo(janFeb)).isInstanceOf(RuntimeException.class);

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
        assertThat(new SalesStore(database).revision()).isEqualTo(revision);
    }

    @Test
    void everyImportAndEveryUndoRaisesTheRevision() throws IOException {
        SalesStore store = new SalesStore(database);
        long afterImports = store.revision();

        imports.undo(janFeb).orElseThrow();
        long afterUndo = store.revision();
        long again = importFixture("sales-jan-feb.csv");

        assertThat(afterUndo).isNotEqualTo(afterImports);
        assertThat(store.revision()).isNotIn(afterImports, afterUndo);
        assertThat(store.latestBatchId()).as("the id alone would not have told the undo").isEqualTo(again);
    }
}
