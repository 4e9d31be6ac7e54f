package io.customerlens.ui.sales;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.KpiMeasure;
import io.customerlens.analysis.products.SalesFacts;
import io.customerlens.analysis.products.ShareRow;
import io.customerlens.analysis.products.StructureDimension;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * As of 2024-03-31 the latest complete month is 2024-03. Orders: 2023-03 O1 C1 100 (P1); 2024-02 O2 C1 200
 * (P1), O3 C2 100 (P2); 2024-03 O4 C1 240 (P1), O5 C2 90 (P2). March 2024: net 330, 2 orders, 2 customers,
 * average order 165. MoM: net 330 / 300 = +10 %, orders 2 / 2 = 0 %, average 165 / 150 = +10 %. YoY against
 * March 2023 (100, one order, one customer): net +230 %, orders +100 %, customers +100 %, average +65 %.
 */
class SalesDashboardViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final StoreChanges storeChanges = new StoreChanges();
    private int loads;
    private final java.util.List<io.customerlens.domain.CustomerDrill> drills = new java.util.ArrayList<>();

    @Test
    void tilesShowTheLatestCompleteMonthWithItsMomAndYoy() {
        SalesDashboardViewModel viewModel = dashboard(withMarch2023());

        assertThat(viewModel.availableProperty().get()).isTrue();
        assertThat(viewModel.monthTextProperty().get()).contains("2024-03", "2024-03-31");
        // No quantity, no margin in the data: no tiles for them.
        assertThat(viewModel.tiles()).extracting(KpiTile::measure).containsExactly(KpiMeasure.NET_SALES,
                KpiMeasure.ORDERS, KpiMeasure.ACTIVE_CUSTOMERS, KpiMeasure.AVG_ORDER_VALUE);
        KpiTile net = tile(viewModel, KpiMeasure.NET_SALES);
        assertThat(net.value()).isEqualTo("330.00");
        assertThat(net.mom()).isEqualTo("MoM ▲ 10.0%");
        assertThat(net.momTrend()).isEqualTo(TileTrend.UP);
        assertThat(net.yoy()).isEqualTo("YoY ▲ 230.0%");
        KpiTile orders = tile(viewModel, KpiMeasure.ORDERS);
        assertThat(orders.value()).isEqualTo("2");
        assertThat(orders.mom()).isEqualTo("MoM 0.0%");
        assertThat(orders.momTrend()).isEqualTo(TileTrend.FLAT);
        assertThat(orders.yoy()).isEqualTo("YoY ▲ 100.0%");
        KpiTile average = tile(viewModel, KpiMeasure.AVG_ORDER_VALUE);
        assertThat(average.value()).isEqualTo("165.00");
        assertThat(average.yoy()).isEqualTo("YoY ▲ 65.0%");
        assertThat(net.tooltip()).contains("returns subtracted", "2024-03");
    }

    @Test
    void theActiveCustomersTileOpensTheCustomersWhoBoughtThatMonth() {
        // C3 bought in February only: not active in March. The tile counts C1 and C2.
        List<SaleFact> facts = new java.util.ArrayList<>(withMarch2023());
        facts.add(sale("C3", "O6", "2024-02-11", "50", "P1"));
        SalesDashboardViewModel viewModel = dashboard(facts);

        viewModel.drillActiveCustomers();

        assertThat(tile(viewModel, KpiMeasure.ACTIVE_CUSTOMERS).value()).isEqualTo("2");
        assertThat(drills.getLast().label()).isEqualTo("Active customers in 2024-03");
        assertThat(drills.getLast().customerKeys()).containsExactlyInAnyOrder("C1", "C2");
    }

    @Test
    void aMissingYoyGivesItsReasonNeverZero() {
        SalesDashboardViewModel viewModel = dashboard(List.of(
                sale("C1", "O2", "2024-02-10", "200", "P1"), sale("C2", "O3", "2024-02-20", "100", "P2"),
                sale("C1", "O4", "2024-03-05", "240", "P1"), sale("C2", "O5", "2024-03-25", "90", "P2")));

        KpiTile net = tile(viewModel, KpiMeasure.NET_SALES);
        assertThat(net.yoy()).isEqualTo("YoY no earlier data");
        assertThat(net.yoyTrend()).isEqualTo(TileTrend.NONE);
        assertThat(net.mom()).isEqualTo("MoM ▲ 10.0%");
    }

    @Test
    void theTrendStartsAtTheFirstMonthOfDataBesideTheYearBefore() {
        SalesDashboardViewModel viewModel = dashboard(withMarch2023());

        // The data starts in 2023-03: 13 months are drawn, not 24 of which 11 before the data.
        var trend = viewModel.trendProperty().get();
        assertThat(trend.months()).hasSize(13);
        assertThat(trend.months().getFirst()).isEqualTo(YearMonth.of(2023, 3));
        assertThat(trend.months().getLast()).isEqualTo(YearMonth.of(2024, 3));
        List<Number> sales = trend.lines().get("Net sales");
        List<Number> yearBefore = trend.lines().get("Same month a year earlier");
        assertThat((BigDecimal) sales.getLast()).isEqualByComparingTo("330");
        assertThat((BigDecimal) yearBefore.getLast()).isEqualByComparingTo("100");
        assertThat(yearBefore.getFirst()).isNull(); // 2022-03: before the first data
    }

    @Test
    void theStructureFollowsTheDimensionWithoutReadingAgain() {
        SalesDashboardViewModel viewModel = dashboard(withMarch2023());
        // Last 12 months 2023-04 … 2024-03: 饮料 (P1) 440, 零食 (P2) 190; before, 饮料 100 alone.
        assertThat(viewModel.structureRows()).extracting(ShareRow::label).containsExactly("饮料", "零食");
        // 零食: 190 / 630 = 30.16 % now, 0 % before: +30.16 share points.
        assertThat(viewModel.structureRows().get(1).shareChange())
                .isCloseTo(new BigDecimal("0.30159"), within(new BigDecimal("0.00001")));

        viewModel.dimensionProperty().set(StructureDimension.REGION);

        assertThat(viewModel.structureRows()).extracting(ShareRow::label).containsExactly("华东", "华南");
        assertThat(viewModel.structureChartProperty().get().categories()).containsExactly("华东", "华南");
        assertThat(loads).isEqualTo(1);
    }

    @Test
    void tooShortAHistoryChecksNoMonthAndSaysWhy() {
        SalesDashboardViewModel viewModel = dashboard(withMarch2023());

        assertThat(viewModel.anomalies()).isEmpty();
        assertThat(viewModel.anomaliesTextProperty().get()).contains("15 months");
    }

    @Test
    void anEmptyStoreHidesTheSection() {
        SalesDashboardViewModel viewModel = dashboard(List.of());

        assertThat(viewModel.availableProperty().get()).isFalse();
        assertThat(viewModel.tiles()).isEmpty();
    }

    /*
     * Data with categories and regions only: the structure offers product, category and region, and names the
     * channel, customer type and salesperson columns. History 2023-03 … 2024-03: 12 vs 12 months reaches back to
     * 2023-03 (the previous period 2022-04 … 2023-03 holds a day of data), so every period is offered.
     */
    @Test
    void theStructureOffersOnlyTheSplitsTheDataHas() {
        SalesDashboardViewModel viewModel = dashboard(withMarch2023());

        assertThat(viewModel.dimensions()).containsExactly(StructureDimension.PRODUCT, StructureDimension.CATEGORY,
                StructureDimension.REGION);
        assertThat(viewModel.missingColumnsProperty().get()).startsWith("Not in the data: Channel, Customer type, "
                + "Salesperson.");
        assertThat(viewModel.periodProperty().get()).isEqualTo(ComparisonPeriod.LAST_12_MONTHS);
    }

    /* Three months 2024-01 … 2024-03 (as of 2024-03-31): no period before 2024-01 holds data but the 3 vs 3 months'
     * previous half 2023-10 … 2023-12 does not either; the latest complete month (March against February) does. */
    @Test
    void aShortHistoryComparesWhatItHasAndDrawsNoEmptyYearBefore() {
        SalesDashboardViewModel viewModel = dashboard(List.of(sale("C1", "O1", "2024-01-15", "100", "P1"),
                sale("C1", "O2", "2024-02-10", "200", "P1"), sale("C2", "O4", "2024-03-05", "240", "P2")));

        assertThat(viewModel.periods()).containsExactly(ComparisonPeriod.LATEST_COMPLETE_MONTH);
        assertThat(viewModel.periodProperty().get()).isEqualTo(ComparisonPeriod.LATEST_COMPLETE_MONTH);
        var trend = viewModel.trendProperty().get();
        assertThat(trend.months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(trend.lines()).containsOnlyKeys("Net sales");
    }

    private static List<SaleFact> withMarch2023() {
        return List.of(sale("C1", "O1", "2023-03-15", "100", "P1"),
                sale("C1", "O2", "2024-02-10", "200", "P1"), sale("C2", "O3", "2024-02-20", "100", "P2"),
                sale("C1", "O4", "2024-03-05", "240", "P1"), sale("C2", "O5", "2024-03-25", "90", "P2"));
    }

    private SalesDashboardViewModel dashboard(List<SaleFact> facts) {
        Map<String, ProductInfo> products = Map.of("P1", new ProductInfo("P1", "Cola", "饮料", null),
                "P2", new ProductInfo("P2", "Chips", "零食", null));
        Map<String, CustomerInfo> customers = Map.of(
                "C1", new CustomerInfo("C1", "First", null, "华东", null, null, null, null, null),
                "C2", new CustomerInfo("C2", "Second", null, "华南", null, null, null, null, null));
        ProductData data = facts.isEmpty() ? ProductData.EMPTY
                : new ProductData(AS_OF, new SalesFacts(facts, products, customers));
        ProductService service = new ProductService(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore()) {
            @Override
            public ProductData load(Optional<LocalDate> asOf) {
                loads++;
                return data;
            }
        };
        SalesDashboardViewModel viewModel = new SalesDashboardViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages),
                messages, storeChanges, new io.customerlens.ui.common.CustomerOpener() {
                    @Override
                    public void open(String customerKey) {
                        throw new AssertionError("the dashboard opens no card, asked for " + customerKey);
                    }

                    @Override
                    public void drill(io.customerlens.domain.CustomerDrill drill) {
                        drills.add(drill);
                    }
                });
        viewModel.refresh();
        return viewModel;
    }

    private static KpiTile tile(SalesDashboardViewModel viewModel, KpiMeasure measure) {
        return viewModel.tiles().stream().filter(tile -> tile.measure() == measure).findFirst().orElseThrow();
    }

    private static SaleFact sale(String customer, String order, String date, String amount, String product) {
        return new SaleFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, order, null, null, product);
    }
}
