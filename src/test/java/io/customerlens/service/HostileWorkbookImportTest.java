package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.source.FileRefusal;
import io.customerlens.importer.source.RefusedFileException;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile workbooks through the import service (fixtures/hostile, and bombs written at test time by
 * {@link BombWorkbooks}): each is refused with its reason and details, before anything of it is stored, so
 * the store holds exactly what an earlier good import put there. The timeouts only guard against a hang: each
 * guard trips after reading a few megabytes.
 */
@Timeout(60)
@OnEveryStore
class HostileWorkbookImportTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2024-04-01T10:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private ImportService service;
    private StoreSnapshot before;

    @BeforeEach
    void openWithOneGoodImport() throws IOException {
        database = store.open(folder.resolve("db"));
        service = ImportServices.over(database, Clock.fixed(NOW, ZoneOffset.UTC));
        Path good = Files.writeString(folder.resolve("good.csv"), "单据日期,客户名称,价税合计\n2024-02-01,家乐福,5\n");
        importFile(good);
        before = StoreSnapshot.of(database);
        assertThat(before.lineCount()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(HostileWorkbookImportTest.class.getResource("/fixtures/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportSummary importFile(Path file) throws IOException {
        FileInspection inspection = service.inspect(file, ImportOptions.defaults());
        return SummaryInvariant.check(service.importFile(service.defaultPlan(inspection, ImportOptions.defaults()),
                ProgressListener.NONE, CancelSignal.NEVER));
    }

    /** Imports a file that must be refused; returns the refusal after checking the store did not change. */
    private RefusedFileException refused(Path file) {
        RefusedFileException refused = catchThrowableOfType(RefusedFileException.class, () -> importFile(file));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.file()).isEqualTo(file);
        assertThat(refused.getMessage()).startsWith(file.getFileName() + ": ");
        assertThat(StoreSnapshot.of(database)).isEqualTo(before);
        return refused;
    }

    @Test
    void aDoctypeWithExternalEntitiesIsRefusedAndNoEntityIsRead() {
        RefusedFileException refused = refused(fixture("doctype-entity.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.XML_DOCTYPE);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml");
    }

    @Test
    void aOneGigabyteInlineStringIsRefusedAsAZipBomb() throws IOException {
        String megabyte = "x".repeat(1 << 20);
        Path bomb = BombWorkbooks.workbook(folder.resolve("inline-bomb.xlsx"), List.of("worksheets/sheet1.xml"), false,
                BombWorkbooks.Part.repeated("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet "
                                + BombWorkbooks.NS + "><sheetData>" + BombWorkbooks.HEADER_ROW
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", megabyte, 1000,
                        "</t></is></c></row></sheetData></worksheet>"));

        RefusedFileException refused = refused(bomb);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.COMPRESSION_RATIO);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml", "100");
    }

    @Test
    void aTwoGigabyteSheetOfRepeatedRowsIsRefusedForItsSize() throws IOException {
        String row = "<row><c t=\"inlineStr\"><is><t>2024-03-01</t></is></c><c t=\"inlineStr\"><is><t>华联超市</t></is></c>"
                + "<c><v>10</v></c></row>";
        int rowsPerMegabyte = (1 << 20) / BombWorkbooks.utf8(row).length;
        Path bomb = BombWorkbooks.sheetOfRepeats(folder.resolve("repeated-rows.xlsx"), row.repeat(rowsPerMegabyte + 1), 2048);

        RefusedFileException refused = refused(bomb);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.PART_TOO_LARGE);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml", "2048", "2048");
    }

    @Test
    void repeatedRowsThatExpandLikeABombAreRefusedEvenBelowTheSizeLimit() throws IOException {
        Path bomb = BombWorkbooks.sheetOfRepeats(folder.resolve("repeated-small.xlsx"),
                "<row><c t=\"inlineStr\"><is><t>2024-03-01</t></is></c><c><v>10</v></c></row>".repeat(10_000), 200);

        assertThat(refused(bomb).refusal()).isEqualTo(FileRefusal.COMPRESSION_RATIO);
    }

    @Test
    void twoHundredSheetsPointingAtOnePartAreRefused() throws IOException {
        Path file = BombWorkbooks.workbook(folder.resolve("one-part.xlsx"),
                Collections.nCopies(200, "worksheets/sheet1.xml"), false,
                BombWorkbooks.Part.of("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + BombWorkbooks.NS
                        + "><sheetData>" + BombWorkbooks.HEADER_ROW + "</sheetData></worksheet>"));

        RefusedFileException refused = refused(file);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.PART_SHARED_BY_SHEETS);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml", "200");
    }

    @Test
    void moreThanFiveMillionSharedStringsAreRefused() throws IOException {
        Path file = BombWorkbooks.workbook(folder.resolve("shared-strings.xlsx"), List.of("worksheets/sheet1.xml"), true,
                BombWorkbooks.Part.of("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + BombWorkbooks.NS
                        + "><sheetData>" + BombWorkbooks.HEADER_ROW + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5000000</v></c>"
                        + "</row></sheetData></worksheet>"),
                BombWorkbooks.Part.distinct("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\">", i -> "<si><t>C" + i + "</t></si>", 5_000_001,
                        "</sst>"));

        RefusedFileException refused = refused(file);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.TOO_MANY_SHARED_STRINGS);
        assertThat(refused.details()).containsExactly("5000000");
    }

    @Test
    void aTextLongerThanAnyCellIsRefused() throws IOException {
        // random-looking text compresses like text, not like a bomb
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(15);
        while (text.length() < 1_200_000) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Path file = BombWorkbooks.sheetOfRepeats(folder.resolve("long-text.xlsx"),
                "<row><c t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>", 1);

        RefusedFileException refused = refused(file);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.TEXT_TOO_LONG);
        assertThat(refused.details()).containsExactly("xl/worksheets/sheet1.xml", "32767");
    }

    @Test
    void aRowNumberBeyondAnyIntegerIsNamedInWords() {
        RefusedFileException refused = refused(fixture("row-number-too-large.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.ROW_NUMBER_IMPOSSIBLE);
        assertThat(refused.details()).containsExactly("销售明细", "2");
    }

    @Test
    void aNegativeRowNumberIsNamedInWords() {
        RefusedFileException refused = refused(fixture("row-number-negative.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.ROW_NUMBER_IMPOSSIBLE);
        assertThat(refused.details()).containsExactly("销售明细", "2");
    }

    @Test
    void rowsOutOfOrderAreNamedInWords() {
        RefusedFileException refused = refused(fixture("rows-out-of-order.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.ROW_NUMBER_BACKWARDS);
        assertThat(refused.details()).containsExactly("销售明细", "2", "3");
    }

    @Test
    void aWorkbookWithoutStylesIsReadWithItsDateSerials() throws IOException {
        ImportSummary summary = importFile(fixture("no-styles.xlsx"));

        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.imported()).isEqualTo(3);
        assertThat(StoreSnapshot.of(database).lines())
                .extracting(line -> line.date() + " " + line.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("2024-02-01 5", "2024-03-01 10", "2024-03-02 20", "2024-03-03 30");
    }

    @Test
    void aSheetWhoseXmlBreaksOffIsNamedInWordsWithTheLastGoodRow() {
        RefusedFileException refused = refused(fixture("broken-xml.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.SHEET_DAMAGED);
        assertThat(refused.details()).containsExactly("销售明细", "2");
    }

    @Test
    void aHugeCellReferenceIsAnImpossibleRowNumberToo() {
        RefusedFileException refused = refused(fixture("cell-reference-too-large.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.ROW_NUMBER_IMPOSSIBLE);
    }

    @Test
    void rowsThatLeaveOutTheirNumbersAreNumberedOneAfterAnother() throws IOException {
        ImportSummary summary = importFile(fixture("rows-without-numbers.xlsx"));

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.rejected()).isEmpty();
        assertThat(StoreSnapshot.of(database).lines()).extracting(line -> line.date().toString())
                .containsExactlyInAnyOrder("2024-02-01", "2024-03-01", "2024-03-02");
    }

    /**
     * The bombs of issue 15 at its sizes, stored as files (written once by {@link BombWorkbooks}; each is a few
     * kilobytes to a megabyte on disk): each is refused within the test's timeout, before anything is stored.
     */
    @Test
    void theStoredBombsAreRefusedWithinSeconds() {
        assertThat(refused(fixture("bomb-inline-1gb.xlsx")).refusal()).isEqualTo(FileRefusal.COMPRESSION_RATIO);
        // 30,000,000 shared strings of one letter each: the ratio guard trips before the count does.
        assertThat(refused(fixture("bomb-shared-strings-30m.xlsx")).refusal()).isEqualTo(FileRefusal.COMPRESSION_RATIO);
        assertThat(refused(fixture("bomb-200-sheets-one-part.xlsx")).refusal())
                .isEqualTo(FileRefusal.PART_SHARED_BY_SHEETS);
    }

    @Test
    void aWorkbookCutShortIsRefusedAsDamaged() {
        // fixtures/hostile/truncated.xlsx is no-styles.xlsx cut after 60 % of its bytes: no zip directory.
        RefusedFileException refused = refused(fixture("truncated.xlsx"));

        assertThat(refused.refusal()).isEqualTo(FileRefusal.DAMAGED_XLSX);
    }

    @Test
    void aWorkbookOfMoreThanAThousandPartsIsRefusedNotPassedOnUnguarded() throws IOException {
        BombWorkbooks.Part[] parts = new BombWorkbooks.Part[1_000];
        parts[0] = BombWorkbooks.Part.of("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + BombWorkbooks.NS
                + "><sheetData>" + BombWorkbooks.HEADER_ROW + "</sheetData></worksheet>");
        for (int i = 1; i < parts.length; i++) {
            parts[i] = BombWorkbooks.Part.of("xl/media/padding" + i + ".xml", "<x/>");
        }
        Path file = BombWorkbooks.workbook(folder.resolve("many-parts.xlsx"), List.of("worksheets/sheet1.xml"), false, parts);

        RefusedFileException refused = refused(file);

        assertThat(refused.refusal()).isEqualTo(FileRefusal.TOO_MANY_PARTS);
        assertThat(refused.details()).containsExactly("1005", "1000");
    }
}
