package io.customerlens.service.products;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.products.AnomalyRule;
import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.BcgQuadrant;
import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.KpiGranularity;
import io.customerlens.analysis.products.KpiRow;
import io.customerlens.analysis.products.MonthSales;
import io.customerlens.analysis.products.ShareRow;
import io.customerlens.analysis.products.StructureDimension;
import io.customerlens.analysis.products.StructureResult;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The store read for products and sales, over fixtures/cli/products.csv (worked out in CliProductsExportTest):
 * the product table's category and sub-category reach the analysis, quantities and profits come along.
 */
@OnEveryStore
class ProductServiceTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private ProductService products;

    @BeforeEach
    void importFixture() throws IOException, URISyntaxException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()),
                Clock.systemUTC());
        Path file = Path.of(getClass().getResource("/fixtures/cli/products.csv").toURI());
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        products = new ProductService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void readsOnceAndAnalysesBySubCategoryByDefault() {
        ProductData data = products.load(Optional.empty());

        assertThat(data.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(data.defaultUnit()).isEqualTo(BcgUnit.SUB_CATEGORY);
        assertThat(data.hasMargin()).isTrue();
        BcgResult bcg = products.bcg(data, BcgOptions.of(data.defaultUnit()));
        assertThat(bcg.rows()).extracting(BcgRow::key, BcgRow::quadrant).containsExactly(
                tuple("水", BcgQuadrant.STAR),
                tuple("碳酸饮料", BcgQuadrant.CASH_COW),
                tuple("饼干", BcgQuadrant.QUESTION_MARK),
                tuple("果汁", BcgQuadrant.DOG),
                tuple("膨化食品", BcgQuadrant.DISCONTINUED));
        // 水 current: 150.00 + 50.00, profits 30 + 10, quantities 20 + 5.
        assertThat(bcg.rows().getFirst().margin()).isEqualByComparingTo("40");
        assertThat(bcg.rows().getFirst().quantity()).isEqualByComparingTo("25");
    }

    @Test
    void productsAreLabelledByTheirNames() {
        BcgResult bcg = products.bcg(products.load(Optional.empty()), BcgOptions.of(BcgUnit.PRODUCT));

        assertThat(bcg.rows().getFirst().key()).isEqualTo("P01");
        assertThat(bcg.rows().getFirst().label()).isEqualTo("矿泉水");
    }

    @Test
    void anEarlierAsOfDateDropsTheLaterLines() {
        ProductData data = products.load(Optional.of(LocalDate.of(2024, 1, 31)));

        KpiRow january = products.kpis(data, KpiGranularity.MONTH).latestComplete().orElseThrow();
        assertThat(january.label()).isEqualTo("2024-01");
        assertThat(january.netSales()).isEqualByComparingTo("80");
        assertThat(january.grossMargin()).isEqualByComparingTo("16");
        assertThat(products.kpis(data, KpiGranularity.MONTH).rows().getLast().label()).isEqualTo("2024-01");
    }

    /* 碳酸饮料 is bought only by KH002: 120 + 60 now (2023-07 … 2024-06), 200 before. */
    @Test
    void aUnitsCustomersAndTrend() {
        ProductData data = products.load(Optional.empty());

        List<UnitCustomer> customers = products.topCustomers(data, BcgUnit.SUB_CATEGORY, "碳酸饮料",
                ComparisonPeriod.LAST_12_MONTHS, 10);
        assertThat(customers).hasSize(1);
        assertThat(customers.getFirst().customerKey()).isEqualTo("KH002");
        assertThat(customers.getFirst().name()).isEqualTo("王记便利店");
        assertThat(customers.getFirst().currentSales()).isEqualByComparingTo("180");
        assertThat(customers.getFirst().previousSales()).isEqualByComparingTo("200");

        List<MonthSales> trend = products.unitTrend(data, BcgUnit.SUB_CATEGORY, "碳酸饮料");
        assertThat(trend).hasSize(23);
        assertThat(trend.getFirst().month()).isEqualTo(YearMonth.of(2022, 8));
        assertThat(trend.getLast().netSales()).isEqualByComparingTo("60");
    }

    @Test
    void structureByCategory() {
        ProductData data = products.load(Optional.empty());

        StructureResult structure = products.structure(data, StructureDimension.CATEGORY, ComparisonPeriod.LAST_12_MONTHS);

        assertThat(structure.rows()).extracting(ShareRow::value).containsExactly("饮料", "零食");
        // 饮料 410 of 490 now, 400 of 500 before.
        assertThat(structure.rows().getFirst().previousShare()).isEqualByComparingTo("0.8");
    }

    @Test
    void anEmptyStoreGivesEmptyResults() {
        try (Database empty = store.open(folder.resolve("empty"))) {
            ProductService service = new ProductService(empty);
            ProductData data = service.load(Optional.empty());

            assertThat(data.isEmpty()).isTrue();
            assertThat(service.bcg(data, BcgOptions.of(data.defaultUnit())).rows()).isEmpty();
            assertThat(service.kpis(data, KpiGranularity.MONTH).rows()).isEmpty();
            assertThat(service.anomalies(data, AnomalyRule.DEFAULT).months()).isEmpty();
        }
    }
}
