package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.LineFact;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.Database;
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
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot over the service fixtures (see CustomerServiceTest): sales-jan-feb.csv then sales-feb-mar.csv.
 * C001 buys on 01-05 (SO-001: 100 + 50.50), 02-10 (SO-003: 80) and 03-03 (SO-007: 60); C002 buys on 01-20
 * (200), returns 20 on 02-28 and buys on 03-20 (120); C003 buys on 03-15 (45.5); SO-004 has no customer.
 */
@OnEveryStore
class AnalysisSnapshotsTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private ImportService imports;
    private AnalysisSnapshots snapshots;

    @BeforeEach
    void open() {
        database = store.open(folder);
        imports = ImportServices.over(database, Clock.systemUTC());
        snapshots = new AnalysisSnapshots(database);
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
    void theSnapshotIsReadAgainAfterAnOlderImportIsUndone() throws IOException {
        long older = importFixture("sales-jan-feb.csv");
        importFixture("sales-feb-mar.csv");
        AnalysisSnapshot both = snapshots.current();
        assertThat(both.lineCount()).isEqualTo(9);

        imports.undo(older).orElseThrow();

        assertThat(snapshots.ready()).as("the latest import is the same, the lines are not").isEmpty();
        AnalysisSnapshot after = snapshots.current();
        assertThat(after).isNotSameAs(both);
        assertThat(after.lineCount()).isEqualTo(3);
        assertThat(after.customerData().facts()).extracting(LineFact::date).containsExactlyInAnyOrder(
                LocalDate.parse("2024-03-03"), LocalDate.parse("2024-03-15"), LocalDate.parse("2024-03-20"));
    }

    @Test
    void theSnapshotIsReadOnceAndAgainOnlyAfterAnImport() throws IOException {
        AnalysisSnapshot empty = snapshots.current();
        assertThat(empty.isEmpty()).isTrue();

        importFixture("sales-jan-feb.csv");
        AnalysisSnapshot first = snapshots.current();
        assertThat(first).isNotSameAs(empty);
        assertThat(snapshots.current()).isSameAs(first);
        assertThat(snapshots.ready()).containsSame(first);

        importFixture("sales-feb-mar.csv");
        assertThat(snapshots.ready()).as("the store changed").isEmpty();
        AnalysisSnapshot second = snapshots.current();
        assertThat(second).isNotSameAs(first);
        assertThat(second.lineCount()).isGreaterThan(first.lineCount());
        assertThat(second.asOfBeforeLatestImport()).contains(LocalDate.parse("2024-02-28"));
    }

    @Test
    void aResultIsMemoisedPerSnapshot() throws IOException {
        importFixture("sales-jan-feb.csv");
        AnalysisSnapshot snapshot = snapshots.current();
        Object result = snapshot.memo(List.of("x", 3), Object::new);

        assertThat(snapshots.current().memo(List.of("x", 3), Object::new)).isSameAs(result);
        importFixture("sales-feb-mar.csv");
        assertThat(snapshots.current().memo(List.of("x", 3), Object::new)).isNotSameAs(result);
    }

    /** The ledger gives each customer exactly the lines grouping every line would, in the same order. */
    @Test
    void theLedgerAgreesWithGroupingEveryLine() throws IOException {
        importFixture("sales-jan-feb.csv");
        importFixture("sales-feb-mar.csv");
        AnalysisSnapshot snapshot = snapshots.current();
        List<LineFact> every = snapshot.customerData().facts();

        for (LocalDate asOf : List.of(LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-28"),
                LocalDate.parse("2024-03-20"))) {
            assertThat(CustomerLines.asOf(snapshot.ledger(), asOf)).as("as of %s", asOf)
                    .isEqualTo(CustomerLines.asOf(every, asOf));
        }
        assertThat(snapshot.ledger().customerKeys()).containsExactly("C001", "C002", "C003");
        assertThat(snapshot.linesOf("C002")).extracting(LineFact::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("200", "-20", "120");
    }

    @Test
    void aCustomersCardLinesComeOldestFirstAndPagesNewestFirst() throws IOException {
        importFixture("sales-jan-feb.csv");
        importFixture("sales-feb-mar.csv");
        AnalysisSnapshot snapshot = snapshots.current();

        assertThat(snapshot.customerLinesUpTo("C001", LocalDate.parse("2024-02-29")))
                .extracting(CustomerSalesLine::orderNo).containsExactly("SO-001", "SO-001", "SO-003");
        assertThat(snapshot.customerLinesNewestFirst("C001", 0, 2)).extracting(CustomerSalesLine::orderNo)
                .containsExactly("SO-007", "SO-003");
        assertThat(snapshot.customerLinesNewestFirst("C001", 2, 5)).extracting(CustomerSalesLine::orderNo)
                .containsExactly("SO-001", "SO-001");
        assertThat(snapshot.customerLineCount("C001")).isEqualTo(4);
        assertThat(snapshot.hasCustomer("C003")).isTrue();
        assertThat(snapshot.hasCustomer("C999")).isFalse();
    }
}
