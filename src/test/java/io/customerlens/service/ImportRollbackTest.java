package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.store.Database;
import io.customerlens.store.SampleLines;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import that fails or is cancelled, after it has already written several chunks of lines, leaves the
 * store exactly as it was: lines, customers, products, batches and remembered mappings.
 */
@OnEveryStore
class ImportRollbackTest {

    @Parameter
    TestStore store;

    /** More than two insert chunks, so that rows really were written inside the transaction. */
    private static final int MANY = StoringSink.CHUNK_SIZE * 2 + 1_234;

    @TempDir
    Path folder;
    private Database database;
    private Path file;

    @BeforeEach
    void openWithOneImportDone() throws IOException {
        database = store.open(folder.resolve("db"));
        file = Files.writeString(folder.resolve("sales.csv"), "Customer,Date,Amount\n");
        List<ImportedLine> earlier = List.of(
                SampleLines.line(1, "C1", "2024-01-01", "10", "A", SampleLines.named("C1", "Shop", "North")),
                SampleLines.line(2, "C2", "2024-01-02", "20"));
        service(feeding(earlier, Long.MAX_VALUE)).importFile(plan(), ProgressListener.NONE, CancelSignal.NEVER);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportService service(SalesReader reader) {
        SourceOpener opener = new SourceOpener();
        return new ImportService(database, new FileInspector(opener), reader, Clock.systemUTC());
    }

    /** The plan of the import done before each test. */
    private ImportPlan plan() {
        return plan(List.of("Customer", "Date", "Amount"));
    }

    /** Another header set, so that a mapping remembered by a failed import would show as a new row. */
    private ImportPlan newHeadersPlan() {
        return plan(List.of("Kunde", "Datum", "Betrag"));
    }

    private ImportPlan plan(List<String> headers) {
        ColumnMapping mapping = ColumnMapping.empty()
                .with(Field.CUSTOMER_ID, new MappedColumn(0, headers.get(0), 1))
                .with(Field.DATE, new MappedColumn(1, headers.get(1), 1))
                .with(Field.AMOUNT, new MappedColumn(2, headers.get(2), 1));
        return new ImportPlan(file, Optional.empty(), List.of(new SheetLayout("sales", 1, headers)), mapping,
                DateOrder.YMD);
    }

    private static List<ImportedLine> newLines(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> SampleLines.line(1_000 + i, "N" + (i % 50), "2024-02-01", "5", "O" + i,
                        new CustomerInfo(null, "New " + i, null, "South", null, null, null, null, null)))
                .toList();
    }

    /** Feeds the lines as the importer would (checking the cancel signal per row), then fails after {@code failAfter}. */
    private static SalesReader feeding(List<ImportedLine> lines, long failAfter) {
        return (plan, sink, progress, cancel) -> {
            long read = 0;
            for (ImportedLine line : lines) {
                if (read == failAfter) {
                    throw new IOException("the file broke off at row " + read);
                }
                cancel.throwIfCancelled();
                sink.accept(line);
                read++;
            }
            return new ReadResult(read, read, Map.of(SkipReason.BLANK, 0L), List.of());
        };
    }

    @Test
    void aFileThatBreaksOffMidwayLeavesTheStoreAsBefore() {
        StoreSnapshot before = StoreSnapshot.of(database);

        assertThatThrownBy(() -> service(feeding(newLines(MANY), MANY - 10))
                .importFile(newHeadersPlan(), ProgressListener.NONE, CancelSignal.NEVER))
                .isInstanceOf(IOException.class);

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aCancelledImportLeavesTheStoreAsBefore() {
        StoreSnapshot before = StoreSnapshot.of(database);
        AtomicLong checks = new AtomicLong();
        CancelSignal cancelAfterManyRows = () -> checks.incrementAndGet() > MANY - 100;

        assertThatThrownBy(() -> service(feeding(newLines(MANY), Long.MAX_VALUE))
                .importFile(newHeadersPlan(), ProgressListener.NONE, cancelAfterManyRows))
                .isInstanceOf(CancellationException.class);

        assertThat(checks.get()).isGreaterThan(StoringSink.CHUNK_SIZE);
        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aCancelArrivingAfterTheLastRowStillLeavesTheStoreAsBefore() {
        StoreSnapshot before = StoreSnapshot.of(database);
        List<ImportedLine> lines = newLines(MANY);
        AtomicLong checks = new AtomicLong();
        // The reader checks once per row; the import checks again while finishing.
        CancelSignal cancelAfterReading = () -> checks.incrementAndGet() > lines.size() + 2;

        assertThatThrownBy(() -> service(feeding(lines, Long.MAX_VALUE))
                .importFile(newHeadersPlan(), ProgressListener.NONE, cancelAfterReading))
                .isInstanceOf(CancellationException.class);

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aLineTheDatabaseRefusesRollsBackTheLinesBeforeIt() {
        StoreSnapshot before = StoreSnapshot.of(database);
        List<ImportedLine> lines = new ArrayList<>(newLines(MANY));
        // A customer key longer than the column allows: the insert of the last chunk fails.
        lines.add(SampleLines.line(99_999, "K".repeat(1_001), "2024-02-02", "1"));

        assertThatThrownBy(() -> service(feeding(lines, Long.MAX_VALUE))
                .importFile(newHeadersPlan(), ProgressListener.NONE, CancelSignal.NEVER))
                .isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(CancellationException.class);

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aRealImportCancelledPartWayLeavesTheStoreAsBefore() {
        SourceOpener opener = new SourceOpener();
        ImportService real = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()),
                Clock.systemUTC());
        StoreSnapshot before = StoreSnapshot.of(database);
        AtomicLong checks = new AtomicLong();

        assertThatThrownBy(() -> {
            ImportOptions options = ImportOptions.defaults();
            ImportPlan plan = real.defaultPlan(real.inspect(ImportServiceTest.fixture("sales-jan-feb.csv"), options),
                    options);
            real.importFile(plan, ProgressListener.NONE, () -> checks.incrementAndGet() > 5);
        }).isInstanceOf(CancellationException.class);

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void theSuccessfulImportStoresWhatTheFailedOnesDidNot() throws IOException {
        ImportSummary summary = SummaryInvariant.check(service(feeding(newLines(MANY), Long.MAX_VALUE))
                .importFile(newHeadersPlan(), ProgressListener.NONE, CancelSignal.NEVER));

        assertThat(summary.imported()).isEqualTo(MANY);
        StoreSnapshot after = StoreSnapshot.of(database);
        assertThat(after.lineCount()).isEqualTo(MANY + 2);
        assertThat(after.customers()).hasSize(52);
        assertThat(after.batches()).hasSize(2);
        assertThat(after.rememberedMappings()).isEqualTo(2);
    }

    @Test
    void aDiskWithoutRoomForTheImportRefusesItBeforeWritingAnything() {
        StoreSnapshot before = StoreSnapshot.of(database);
        long tenMegabytes = 10L * 1024 * 1024;
        ImportService onSmallDisk = new ImportService(database, new FileInspector(new SourceOpener()),
                feeding(newLines(MANY), Long.MAX_VALUE), Clock.systemUTC(), folder -> tenMegabytes);

        assertThatThrownBy(() -> onSmallDisk.importFile(newHeadersPlan(), ProgressListener.NONE, CancelSignal.NEVER))
                .isInstanceOfSatisfying(DiskFullException.class, full -> {
                    assertThat(full.freeMegabytes()).isEqualTo(10);
                    // The 21-byte file needs the database's headroom of 16 MB and 84 bytes: 17 MB rounded up.
                    assertThat(full.neededMegabytes()).isEqualTo(17);
                });

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aWriteThatFindsNoRoomEndsTheImportAsDiskFullWithTheStoreAsBefore() {
        StoreSnapshot before = StoreSnapshot.of(database);
        List<ImportedLine> lines = newLines(MANY);
        SalesReader diskFillsUp = (plan, sink, progress, cancel) -> {
            for (int i = 0; i < StoringSink.CHUNK_SIZE + 10; i++) {
                sink.accept(lines.get(i));
            }
            // What H2 throws when the operating system refuses a write: its own exception around the OS's.
            throw new IllegalStateException("Writing to sun.nio.ch.FileChannelImpl failed; length 323584",
                    new IOException("No space left on device"));
        };
        AtomicLong free = new AtomicLong(1L << 40);
        ImportService service = new ImportService(database, new FileInspector(new SourceOpener()), diskFillsUp,
                Clock.systemUTC(), folder -> free.getAndSet(3L * 1024 * 1024));

        assertThatThrownBy(() -> service.importFile(newHeadersPlan(), ProgressListener.NONE, CancelSignal.NEVER))
                .isInstanceOfSatisfying(DiskFullException.class, full ->
                        assertThat(full.freeMegabytes()).isEqualTo(3));

        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void aFailureThatIsNotTheDiskIsNotCalledDiskFull() {
        assertThat(DiskSpace.saysNoRoom(new IllegalStateException("x", new IOException("No space left on device"))))
                .isTrue();
        assertThat(DiskSpace.saysNoRoom(new IOException("There is not enough space on the disk"))).isTrue();
        assertThat(DiskSpace.saysNoRoom(new IllegalStateException("Value too long for column"))).isFalse();
    }
}
