package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineFingerprint;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same sales in another form: lines new by fingerprint whose customer, day and amount repeat an earlier
 * import's lines. Most of a file repeating is refused (nothing kept) naming the earlier import, unless
 * accepted; a few repeats are ordinary sales. Lines stored before version 2 are still recognised by their
 * legacy fingerprint.
 */
@OnEveryStore
class ImportOverlapTest {

    @Parameter
    TestStore store;

    private static final int LINES = 40;

    @TempDir
    Path folder;
    private Database database;
    private Path earlierFile;
    private Path laterFile;

    @BeforeEach
    void open() throws IOException {
        database = store.open(folder.resolve("db"));
        earlierFile = Files.writeString(folder.resolve("sales.xls"), "x");
        laterFile = Files.writeString(folder.resolve("sales.csv"), "y");
        importLines(earlierFile, lines(0, LINES, 0), false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** {@code count} lines of customers C{i}, each with its own day and amount; fingerprints from {@code fpBase}. */
    private static List<ImportedLine> lines(int from, int count, long fpBase) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> SampleLines.line(fpBase + i + 1, "C" + i, "2024-01-" + (10 + i % 18), (100 + i) + ".50"))
                .toList();
    }

    private ImportSummary importLines(Path file, List<ImportedLine> lines, boolean acceptOverlap) throws IOException {
        SalesReader reader = (plan, sink, progress, cancel) -> {
            lines.forEach(sink::accept);
            return new ReadResult(lines.size(), lines.size(), Map.of(SkipReason.BLANK, 0L), List.of());
        };
        ImportService service = new ImportService(database, new FileInspector(new SourceOpener()), reader,
                Clock.systemUTC());
        return service.importFile(plan(file), ProgressListener.NONE, CancelSignal.NEVER, acceptOverlap);
    }

    private static ImportPlan plan(Path file) {
        List<String> headers = List.of("Customer", "Date", "Amount");
        ColumnMapping mapping = ColumnMapping.empty()
                .with(Field.CUSTOMER_ID, new MappedColumn(0, "Customer", 1))
                .with(Field.DATE, new MappedColumn(1, "Date", 1))
                .with(Field.AMOUNT, new MappedColumn(2, "Amount", 1));
        return new ImportPlan(file, Optional.empty(), List.of(new SheetLayout("sales", 1, headers)), mapping,
                DateOrder.YMD);
    }

    @Test
    void theSameSalesWithOtherFingerprintsAreRefusedNamingTheEarlierImport() {
        StoreSnapshot before = StoreSnapshot.of(database);
        // Same customers, days and amounts; fingerprints differ as a CSV's did from an .xls's before version 2.
        List<ImportedLine> sameSalesAgain = lines(0, LINES, 1_000);

        assertThatThrownBy(() -> importLines(laterFile, sameSalesAgain, false))
                .isInstanceOfSatisfying(LikelyReimportException.class, reimport -> {
                    assertThat(reimport.matching()).isEqualTo(LINES);
                    assertThat(reimport.newLines()).isEqualTo(LINES);
                    assertThat(reimport.earlier().fileName()).isEqualTo("sales.xls");
                    assertThat(reimport.fileName()).isEqualTo("sales.csv");
                });
        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
    }

    @Test
    void importingAnywayStoresThem() throws IOException {
        ImportSummary summary = importLines(laterFile, lines(0, LINES, 1_000), true);

        assertThat(summary.imported()).isEqualTo(LINES);
        assertThat(StoreSnapshot.of(database).lineCount()).isEqualTo(2 * LINES);
    }

    @Test
    void aFewRepeatsAmongNewSalesAreOrdinarySales() throws IOException {
        // 9 repeats (below the minimum of 10) and 30 new lines; then 12 repeats among 30 new lines (under half).
        List<ImportedLine> someRepeat = new java.util.ArrayList<>(lines(0, 9, 2_000));
        someRepeat.addAll(lines(100, 30, 3_000));
        assertThat(importLines(laterFile, someRepeat, false).imported()).isEqualTo(39);

        List<ImportedLine> underHalf = new java.util.ArrayList<>(lines(9, 12, 4_000));
        underHalf.addAll(lines(200, 30, 5_000));
        assertThat(importLines(laterFile, underHalf, false).imported()).isEqualTo(42);
    }

    @Test
    void linesStoredBeforeVersionTwoAreRecognisedByTheirLegacyFingerprint() throws IOException {
        // The earlier import's lines as a store kept them before version 2: legacy fingerprints only.
        database.jdbi().useHandle(handle -> handle.execute("UPDATE sales_line SET fp_version = 1"));
        List<ImportedLine> again = lines(0, LINES, 0).stream()
                .map(line -> new ImportedLine(line.line(), new LineFingerprint(9_999, line.fingerprint().low()),
                        line.fingerprint(), line.sheet(), line.rowNumber()))
                .toList();

        ImportSummary summary = importLines(earlierFile, again, false);

        assertThat(summary.imported()).isZero();
        assertThat(summary.duplicatesStored()).isEqualTo(LINES);
    }
}
