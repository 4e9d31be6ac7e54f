package io.customerlens.service;

import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures worked out by hand from sales-jan-feb.csv and sales-feb-mar.csv (9 distinct stored lines):
 * C001 buys on 01-05 (SO-001: 100 + 50.50), 02-10 (SO-003: 80) and 03-03 (SO-007: 60, new name and region);
 * C002 buys on 01-20 (SO-002: 200), returns 20 on 02-28 (SO-005) and buys on 03-20 (SO-009: 120);
 * C003 buys on 03-15 (SO-008: 45.5; its February line has an impossible date and was rejected);
 * SO-004 (30 on 02-15) has no customer. The latest line is 2024-03-20.
 */
@OnEveryStore
class CustomerServiceTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private CustomerService customers;

    @BeforeEach
    void importBothFixtures() throws IOException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()),
                Clock.systemUTC());
        customers = new CustomerService(database, new CustomerAnalysis());
        for (String name : new String[]{"sales-jan-feb.csv", "sales-feb-mar.csv"}) {
            ImportOptions options = ImportOptions.defaults();
            ImportPlan plan = imports.defaultPlan(imports.inspect(ImportServiceTest.fixture(name), options), options);
            imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static CustomerSummary summary(String key, String first, String last, long orders, String net,
                                           long days, int idle) {
        return new CustomerSummary(key, LocalDate.parse(first), LocalDate.parse(last), orders, new BigDecimal(net),
                days, idle);
    }

    /**
     * The first answer lists every customer at once with the segments to come; once the whole overview is computed,
     * the first answer is that overview, with the same customers and figures.
     */
    @Test
    void theFirstOverviewListsTheCustomersBeforeTheirSegments() {
        AnalysisSnapshots snapshots = new AnalysisSnapshots(database);
        CustomerService withSegments = new CustomerService(snapshots, new CustomerAnalysis(), new SegmentService(snapshots));
        SegmentOptions options = SegmentOptions.defaults();

        CustomerService.FirstOverview first = withSegments.firstOverview(Optional.empty(), options);
        assertThat(first.segmentsPending()).isTrue();
        assertThat(first.overview().customers()).allSatisfy(row -> assertThat(row.segments()).isEqualTo(CustomerSegments.NONE));

        CustomerOverview whole = withSegments.overview(Optional.empty(), options);
        assertThat(first.overview().asOf()).isEqualTo(whole.asOf());
        assertThat(first.overview().customers()).extracting(CustomerRow::key, CustomerRow::summary)
                .containsExactlyElementsOf(whole.customers().stream()
                        .map(row -> org.assertj.core.groups.Tuple.tuple(row.key(), row.summary())).toList());
        assertThat(whole.customers()).anySatisfy(row -> assertThat(row.segments()).isNotEqualTo(CustomerSegments.NONE));

        CustomerService.FirstOverview again = withSegments.firstOverview(Optional.empty(), options);
        assertThat(again.segmentsPending()).isFalse();
        assertThat(again.overview()).isSameAs(whole);
    }

    @Test
    void theDefaultAsOfDateIsTheLatestStoredLine() {
        CustomerOverview overview = customers.overview(Optional.empty());

        assertThat(overview.asOf()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(overview.customers()).extracting(CustomerRow::summary).containsExactly(
                summary("C001", "2024-01-05", "2024-03-03", 3, "290.5", 17, 0),
                summary("C002", "2024-01-20", "2024-03-20", 2, "300", 0, 0),
                summary("C003", "2024-03-15", "2024-03-15", 1, "45.5", 5, 0));
    }

    @Test
    void rowsCarryTheAttributesOfEachCustomersLatestLine() {
        CustomerOverview overview = customers.overview(Optional.empty());

        assertThat(overview.customers().getFirst().info())
                .isEqualTo(new CustomerInfo("C001", "甲商店新址", null, "华南", null, null, null, null, null));
        assertThat(overview.customers().getFirst().displayName()).isEqualTo("甲商店新址");
        assertThat(overview.customers().get(2).info().region()).isNull();
    }

    @Test
    void linesAfterAnEarlierAsOfDateAreIgnoredAndAReturnIsNoPurchase() {
        CustomerOverview overview = customers.overview(Optional.of(LocalDate.of(2024, 3, 1)));

        // C002's last purchase stays 01-20: the 02-28 line is a return; it only lowers the net amount.
        assertThat(overview.customers()).extracting(CustomerRow::summary).containsExactly(
                summary("C001", "2024-01-05", "2024-02-10", 2, "230.5", 20, 1),
                summary("C002", "2024-01-20", "2024-01-20", 1, "180", 41, 2));
    }

    @Test
    void anEmptyStoreHasNoAsOfDateAndNoCustomers(@TempDir Path emptyFolder) {
        try (Database empty = store.open(emptyFolder)) {
            CustomerService service = new CustomerService(empty, new CustomerAnalysis());

            assertThat(service.storeIsEmpty()).isTrue();
            assertThat(service.overview(Optional.empty())).isEqualTo(new CustomerOverview(null, List.of()));
        }
        assertThat(customers.storeIsEmpty()).isFalse();
    }
}
