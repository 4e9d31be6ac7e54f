package io.customerlens.service;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.store.CustomerRepository;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@OnEveryStore
class ImportServiceTest {

    @Parameter
    TestStore store;

    private static final Instant NOW = Instant.parse("2024-04-01T10:00:00Z");

    @TempDir
    Path folder;
    private Database database;
    private ImportService service;

    @BeforeEach
    void open() {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        service = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportServiceTest.class.getResource("/fixtures/store/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportSummary importFixture(String name) throws IOException {
        return importFile(name, ImportOptions.defaults());
    }

    private ImportSummary importFile(String name, ImportOptions options) throws IOException {
        FileInspection inspection = service.inspect(fixture(name), options);
        ImportPlan plan = service.defaultPlan(inspection, options);
        return SummaryInvariant.check(service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER));
    }

    @Test
    void everyRowIsImportedOrCountedAsDuplicateRejectedOrSkipped() throws IOException {
        ImportSummary summary = importFixture("sales-jan-feb.csv");

        assertThat(summary.rowsRead()).isEqualTo(9);
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.duplicatesInImport()).isEqualTo(1);
        assertThat(summary.duplicatesStored()).isZero();
        assertThat(summary.rejected()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo(ProblemReason.INVALID_DATE));
        assertThat(summary.skipped()).containsEntry(SkipReason.TOTALS, 1L);
        assertThat(summary.firstDate()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2024, 2, 28));
        assertThat(summary.fileName()).isEqualTo("sales-jan-feb.csv");
    }

    @Test
    void importedLinesCustomersProductsAndTheBatchAreStored() throws IOException {
        ImportSummary summary = importFixture("sales-jan-feb.csv");

        StoreSnapshot store = StoreSnapshot.of(database);
        assertThat(store.lineCount()).isEqualTo(6);
        assertThat(store.customers()).extracting(Customer::key).containsExactly("C001", "C002");
        assertThat(store.products()).extracting(p -> p.key()).containsExactlyInAnyOrder("P1", "P2");
        assertThat(store.batches()).singleElement().isEqualTo(new ImportBatch(summary.batchId(), "sales-jan-feb.csv",
                fixture("sales-jan-feb.csv").toFile().length(), store.batches().getFirst().sha256(),
                summary.sheets().getFirst(), NOW, 9, 6, 1, 1, 1, LocalDate.of(2024, 1, 5),
                LocalDate.of(2024, 2, 28)));
        assertThat(store.batches().getFirst().sha256()).hasSize(64);
        assertThat(service.batches()).isEqualTo(store.batches());
    }

    @Test
    void linesWithoutACustomerAreStoredAndCounted() throws IOException {
        ImportSummary summary = importFixture("sales-jan-feb.csv");

        assertThat(summary.linesWithoutCustomer()).isEqualTo(1);
        assertThat(StoreSnapshot.of(database).lines())
                .contains(new LineFact(null, LocalDate.of(2024, 2, 15), new BigDecimal("30"), false, "SO-004"));
    }

    @Test
    void reimportingTheSameFileImportsNothingAndLeavesTheLinesAsTheyWere() throws IOException {
        importFixture("sales-jan-feb.csv");
        StoreSnapshot before = StoreSnapshot.of(database);

        ImportSummary again = importFixture("sales-jan-feb.csv");

        assertThat(again.imported()).isZero();
        // The row repeated inside the file is counted as that again, as on the first import; the rest are stored.
        assertThat(again.duplicatesStored()).isEqualTo(6);
        assertThat(again.duplicatesInImport()).isEqualTo(1);
        StoreSnapshot after = StoreSnapshot.of(database);
        assertThat(after.lines()).isEqualTo(before.lines());
        assertThat(after.lineCount()).isEqualTo(before.lineCount());
        assertThat(after.customers()).isEqualTo(before.customers());
        assertThat(after.products()).isEqualTo(before.products());
        // The attempt itself is part of the import history.
        assertThat(after.batches()).hasSize(2);
        assertThat(after.batches().getFirst().linesImported()).isZero();
    }

    @Test
    void theOverlapOfTwoExportsIsCountedOnceAsDuplicates() throws IOException {
        importFixture("sales-jan-feb.csv");

        ImportSummary second = importFixture("sales-feb-mar.csv");

        assertThat(second.rowsRead()).isEqualTo(6);
        assertThat(second.duplicatesStored()).isEqualTo(3);
        assertThat(second.duplicatesInImport()).isZero();
        assertThat(second.imported()).isEqualTo(3);
        assertThat(StoreSnapshot.of(database).lineCount()).isEqualTo(9);
    }

    @Test
    void customerAttributesComeFromTheLatestLine() throws IOException {
        importFixture("sales-jan-feb.csv");
        importFixture("sales-feb-mar.csv");

        Customer shopA = database.jdbi().withExtension(CustomerRepository.class, c -> c.find("C001")).orElseThrow();

        assertThat(shopA.info()).isEqualTo(new CustomerInfo("C001", "甲商店新址", null, "华南", null, null, null,
                null, null));
    }

    @Test
    void aConfirmedMappingIsRememberedForTheNextFileWithTheSameHeaders() throws IOException {
        ImportOptions received = new ImportOptions(Optional.empty(), Optional.empty(),
                Map.of(Field.AMOUNT, "实收金额"), Optional.empty());
        importFile("two-amounts-a.csv", received);

        FileInspection next = service.inspect(fixture("two-amounts-b.csv"), ImportOptions.defaults());
        ImportPlan plan = service.defaultPlan(next, ImportOptions.defaults());

        assertThat(plan.mapping().column(Field.AMOUNT)).contains(new MappedColumn(3, "实收金额", 1.0));
        assertThat(SummaryInvariant.check(service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER))
                .imported()).isEqualTo(1);
        assertThat(StoreSnapshot.of(database).lines()).extracting(LineFact::amount)
                .containsExactlyInAnyOrder(new BigDecimal("95"), new BigDecimal("180"), new BigDecimal("290"));
    }

    @Test
    void withoutARememberedMappingTheSuggestionStands() throws IOException {
        FileInspection inspection = service.inspect(fixture("two-amounts-b.csv"), ImportOptions.defaults());

        assertThat(service.defaultPlan(inspection, ImportOptions.defaults()).mapping().column(Field.AMOUNT))
                .hasValueSatisfying(column -> assertThat(column.header()).isEqualTo("金额"));
    }

    @Test
    void mappingAHeaderTheFileLacksFailsNamingTheHeaderAndTheColumns() {
        ImportOptions options = new ImportOptions(Optional.empty(), Optional.empty(),
                Map.of(Field.AMOUNT, "Betrag"), Optional.empty());

        assertThatThrownBy(() -> service.inspect(fixture("two-amounts-a.csv"), options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Betrag\"")
                .hasMessageContaining("客户名称, 单据日期, 金额, 实收金额");
    }

    @Test
    void anUnknownSheetFailsListingTheSheets() {
        ImportOptions options = new ImportOptions(Optional.empty(), Optional.of("2023"), Map.of(), Optional.empty());

        assertThatThrownBy(() -> service.inspect(fixture("two-amounts-a.csv"), options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"2023\"")
                .hasMessageContaining("sheets: ");
    }

    @Test
    void theStoreIsEmptyUntilTheFirstImport() throws IOException {
        assertThat(service.storeIsEmpty()).isTrue();
        assertThat(service.batches()).isEmpty();

        importFixture("two-amounts-b.csv");

        assertThat(service.storeIsEmpty()).isFalse();
    }
}
