package io.customerlens.ui.products;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.analysis.products.BcgQuadrant;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.SalesFacts;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.ui.charts.QuadrantScatter;
import io.customerlens.ui.charts.ScatterPoint;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * As of 2024-12-31, current = 2024, previous = 2023 (the data starts 2023-01: 24 months, so 12 against 12 fits).
 * Net sales 2023 → 2024 by product (sub-category):
 * P1 绿茶 100 → 200 (C1 150, C2 50), P2 红茶 400 → 300, P3 果汁 0 → 50 (new), P4 水 100 → 110, P5 旧 200 → 0.
 * Totals 800 → 660: total growth −17.5 %. Mean current of the four that sold: 165.
 * Hence 绿茶 star, 红茶 cash cow, 果汁 and 水 question marks, 旧 discontinued.
 * By category: 茶 500 → 500 (growth 0, ≥ −17.5 %), 饮料 300 → 160; mean 330: 茶 star, 饮料 dog.
 */
class ProductsViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<String> opened = new ArrayList<>();
    private final List<io.customerlens.domain.CustomerDrill> drills = new ArrayList<>();
    private int loads;
    private ProductsViewModel viewModel;

    @BeforeEach
    void fiveProducts() {
        List<SaleFact> facts = List.of(
                sale("C1", "2023-01-15", "100", "P1"), sale("C1", "2024-06-15", "150", "P1"),
                sale("C2", "2024-12-31", "50", "P1"),
                sale("C1", "2023-01-15", "400", "P2"), sale("C1", "2024-06-15", "300", "P2"),
                sale("C1", "2024-06-15", "50", "P3"),
                sale("C1", "2023-01-15", "100", "P4"), sale("C1", "2024-06-15", "110", "P4"),
                sale("C1", "2023-01-15", "200", "P5"));
        Map<String, ProductInfo> products = Map.of(
                "P1", new ProductInfo("P1", "Green tea", "茶", "绿茶"),
                "P2", new ProductInfo("P2", "Black tea", "茶", "红茶"),
                "P3", new ProductInfo("P3", "Juice", "饮料", "果汁"),
                "P4", new ProductInfo("P4", "Water", "饮料", "水"),
                "P5", new ProductInfo("P5", "Old soda", "饮料", "旧"));
        viewModel = viewModelOver(AS_OF, facts, products);
    }

    private ProductsViewModel viewModelOver(LocalDate asOf, List<SaleFact> facts, Map<String, ProductInfo> products) {
        Map<String, CustomerInfo> customers = Map.of(
                "C1", new CustomerInfo("C1", "First shop", null, null, null, null, null, null, null),
                "C2", new CustomerInfo("C2", "Second shop", null, null, null, null, null, null, null));
        ProductData data = new ProductData(asOf, new SalesFacts(facts, products, customers));
        ProductService service = new ProductService(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore()) {
            @Override
            public ProductData load(Optional<LocalDate> ignored) {
                loads++;
                return data;
            }
        };
        ProductsViewModel made = new ProductsViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages,
                storeChanges, new io.customerlens.ui.common.CustomerOpener() {
                    @Override
                    public void open(String customerKey) {
                        opened.add(customerKey);
                    }

                    @Override
                    public void drill(io.customerlens.domain.CustomerDrill drill) {
                        drills.add(drill);
                    }
                });
        made.refresh();
        return made;
    }

    /*
     * Seven months, 2024-06 … 2024-12 (a pharmacy export): only 3 against 3 fits (Oct–Dec against Jul–Sep).
     * P1 阿莫西林 Jul 100, Nov 300: growth 2; P2 布洛芬 Aug 400, Dec 200: −0.5; P3 板蓝根 Dec 50, never before: new.
     * Totals 500 → 550: +10 %. So no unit is placed on an invented growth: P3 sits in the new band.
     */
    @Test
    void aShortHistoryOffersTheComparisonsItFillsAndSaysSo() {
        ProductsViewModel shortHistory = viewModelOver(LocalDate.of(2024, 12, 30), List.of(
                sale("C1", "2024-06-03", "80", "P1"), sale("C1", "2024-07-10", "100", "P1"),
                sale("C1", "2024-11-10", "300", "P1"), sale("C2", "2024-08-10", "400", "P2"),
                sale("C2", "2024-12-10", "200", "P2"), sale("C2", "2024-12-30", "50", "P3")), Map.of(
                "P1", new ProductInfo("P1", "阿莫西林", null, null), "P2", new ProductInfo("P2", "布洛芬", null, null),
                "P3", new ProductInfo("P3", "板蓝根", null, null)));

        assertThat(shortHistory.periods()).containsExactly(ComparisonPeriod.LAST_3_MONTHS);
        assertThat(shortHistory.periodProperty().get()).isEqualTo(ComparisonPeriod.LAST_3_MONTHS);
        assertThat(shortHistory.periodNoteProperty().get()).contains("7 months", "Last 3 months vs the 3 before");
        assertThat(shortHistory.growthComparableProperty().get()).isTrue();
        assertThat(shortHistory.activeUnits()).extracting(BcgRow::label, BcgRow::growth).containsExactly(
                tuple("阿莫西林", new BigDecimal("2")), tuple("布洛芬", new BigDecimal("-0.5")), tuple("板蓝根", null));
        QuadrantScatter drawn = shortHistory.scatterProperty().get();
        assertThat(drawn.bandLabel()).startsWith("New: no sales in the previous period");
        ScatterPoint newUnit = drawn.groups().values().stream().flatMap(List::stream)
                .filter(point -> point.label().equals("板蓝根")).findFirst().orElseThrow();
        assertThat(newUnit.y()).as("above the band line, not on a growth").isGreaterThan(drawn.bandLine());
        assertThat(newUnit.tooltip()).startsWith("板蓝根 (code P3)");
    }

    @Test
    void underSixMonthsNoUnitIsPlacedOnAGrowthAndThePageSaysWhy() {
        ProductsViewModel tooShort = viewModelOver(LocalDate.of(2024, 11, 30), List.of(
                sale("C1", "2024-07-10", "100", "P1"), sale("C1", "2024-11-10", "300", "P1")),
                Map.of("P1", new ProductInfo("P1", "阿莫西林", null, null)));

        assertThat(tooShort.growthComparableProperty().get()).isFalse();
        assertThat(tooShort.scatterProperty().get().pointCount()).isZero();
        assertThat(tooShort.periodNoteProperty().get()).contains("only 5 months", "needs 6");
        assertThat(tooShort.growthMeaningProperty().get()).isEmpty();
    }

    @Test
    void fullHistoryNeedsNoNoteAndAFallingTotalSaysWhatHighGrowthMeans() {
        assertThat(viewModel.periods()).containsExactly(ComparisonPeriod.LAST_12_MONTHS,
                ComparisonPeriod.YEAR_TO_DATE, ComparisonPeriod.LAST_6_MONTHS, ComparisonPeriod.LAST_3_MONTHS);
        assertThat(viewModel.periodNoteProperty().get()).isEmpty();
        // 800 → 660: total −17.5 %, so a unit that fell by less than that counts as high growth.
        assertThat(viewModel.growthMeaningProperty().get())
                .isEqualTo("Total sales fell by 17.5%: \"high growth\" here means shrinking by less than the whole "
                        + "(falling less than 17.5%, or growing).");

        viewModel.applyThresholds("", "5");
        assertThat(viewModel.growthMeaningProperty().get()).isEmpty();
    }

    @Test
    void subCategoriesComeFirstWithTheHandComputedQuadrants() {
        assertThat(viewModel.unitProperty().get()).isEqualTo(BcgUnit.SUB_CATEGORY);
        assertThat(viewModel.units()).containsExactly(BcgUnit.PRODUCT, BcgUnit.CATEGORY, BcgUnit.SUB_CATEGORY);
        assertThat(quadrants()).containsExactlyInAnyOrderEntriesOf(Map.of("绿茶", BcgQuadrant.STAR,
                "红茶", BcgQuadrant.CASH_COW, "果汁", BcgQuadrant.QUESTION_MARK, "水", BcgQuadrant.QUESTION_MARK));
        assertThat(viewModel.discontinuedUnits()).extracting(BcgRow::key).containsExactly("旧");
        assertThat(viewModel.scatterProperty().get().pointCount()).isEqualTo(4);
        assertThat(viewModel.thresholdsTextProperty().get()).contains("165.00", "−17.5%", "automatic");
        assertThat(viewModel.periodsTextProperty().get()).contains("2024-01-01", "2024-12-31", "2023-01-01",
                "2023-12-31", "660.00", "800.00", "▼ 17.5%");
    }

    @Test
    void newUnitsReadNewAndDiscontinuedOnesAreNotDrawn() {
        BcgRow juice = row("果汁");
        assertThat(viewModel.growthText(juice)).isEqualTo("new");
        assertThat(viewModel.growthText(row("绿茶"))).isEqualTo("▲ 100.0%");
        assertThat(viewModel.scatterProperty().get().groups().values().stream().flatMap(List::stream)
                .map(point -> point.label())).doesNotContain("旧");
    }

    @Test
    void anotherUnitRedrawsFromMemory() {
        viewModel.unitProperty().set(BcgUnit.CATEGORY);

        assertThat(quadrants()).containsExactlyInAnyOrderEntriesOf(Map.of("茶", BcgQuadrant.STAR, "饮料", BcgQuadrant.DOG));
        assertThat(viewModel.scatterProperty().get().pointCount()).isEqualTo(2);
        assertThat(viewModel.discontinuedUnits()).isEmpty();
        assertThat(loads).isEqualTo(1);
    }

    @Test
    void handSetThresholdsMoveTheUnitsAndAreShown() {
        // High share from 250 (only 红茶 at 300), high growth from 20 % (绿茶 100 %, 果汁 new; 水 10 % and 红茶 −25 % low).
        assertThat(viewModel.applyThresholds("250", "20")).isTrue();

        assertThat(quadrants()).containsExactlyInAnyOrderEntriesOf(Map.of("绿茶", BcgQuadrant.QUESTION_MARK,
                "红茶", BcgQuadrant.CASH_COW, "果汁", BcgQuadrant.QUESTION_MARK, "水", BcgQuadrant.DOG));
        assertThat(viewModel.thresholdsTextProperty().get()).contains("250.00", "20.0%", "set by hand");

        viewModel.automaticThresholds();
        assertThat(quadrants().get("绿茶")).isEqualTo(BcgQuadrant.STAR);
        assertThat(loads).isEqualTo(1);
    }

    @Test
    void unreadableThresholdsChangeNothingAndSaySo() {
        assertThat(viewModel.applyThresholds("lots", "")).isFalse();

        assertThat(viewModel.noticeProperty().get()).contains("lots");
        assertThat(viewModel.shareThresholdProperty().get()).isNull();
        assertThat(quadrants().get("绿茶")).isEqualTo(BcgQuadrant.STAR);
    }

    @Test
    void aHandSetShareIsDroppedWithTheUnitItWasMeantFor() {
        viewModel.applyThresholds("250", "");
        viewModel.unitProperty().set(BcgUnit.PRODUCT);

        assertThat(viewModel.shareThresholdProperty().get()).isNull();
        assertThat(viewModel.thresholdsTextProperty().get()).contains("165.00", "automatic");
    }

    @Test
    void pickingAUnitListsItsCustomersAndTrendAndOpensACustomer() {
        viewModel.selectedUnitProperty().set(row("绿茶"));

        assertThat(viewModel.unitCustomers()).extracting(UnitCustomer::customerKey).containsExactly("C1", "C2");
        assertThat(viewModel.unitCustomers().getFirst().currentSales()).isEqualByComparingTo("150");
        assertThat(viewModel.unitCustomers().getFirst().previousSales()).isEqualByComparingTo("100");
        // 2023-01 (first data month) … 2024-12, zeros included.
        assertThat(viewModel.unitTrendProperty().get().months()).hasSize(24);
        assertThat(viewModel.detailTitleProperty().get()).isEqualTo("Top customers of 绿茶");
        // The heading names the open tab's list, not always the top customers.
        viewModel.detailTabProperty().set(DetailTab.STOPPED_BUYING);
        assertThat(viewModel.detailTitleProperty().get()).isEqualTo("Customers who stopped buying 绿茶");
        viewModel.detailTabProperty().set(DetailTab.TREND);
        assertThat(viewModel.detailTitleProperty().get()).isEqualTo("Monthly net sales of 绿茶");
        viewModel.detailTabProperty().set(DetailTab.TOP_CUSTOMERS);

        viewModel.open("C2");
        assertThat(opened).containsExactly("C2");
    }

    @Test
    void aPickedUnitOpensTheCustomersWhoBoughtItInTheCurrentPeriod() {
        // 绿茶 in 2024: C1 on 2024-06-15 and C2 on 2024-12-31; C1's 2023 purchase is the previous period.
        viewModel.drillBuyers();
        assertThat(drills).as("no unit picked: nothing to open").isEmpty();

        viewModel.selectedUnitProperty().set(row("绿茶"));
        viewModel.drillBuyers();

        assertThat(drills.getLast().label()).isEqualTo("Bought 绿茶 (2024-01-01 to 2024-12-31)");
        assertThat(drills.getLast().customerKeys()).containsExactlyInAnyOrder("C1", "C2");
        viewModel.selectedUnitProperty().set(row("果汁"));
        viewModel.drillBuyers();
        assertThat(drills.getLast().customerKeys()).containsExactly("C1");
    }

    @Test
    void aClickOnTheChartPicksTheUnitDrawnThere() {
        viewModel.pickPoint(0, 0); // the first star

        assertThat(viewModel.selectedUnitProperty().get().key()).isEqualTo("绿茶");
    }

    @Test
    void anImportReadsTheStoreAgain() {
        storeChanges.storeChanged();

        assertThat(loads).isEqualTo(2);
        assertThat(viewModel.unitProperty().get()).isEqualTo(BcgUnit.SUB_CATEGORY);
    }

    private Map<String, BcgQuadrant> quadrants() {
        return viewModel.activeUnits().stream().collect(Collectors.toMap(BcgRow::key, BcgRow::quadrant));
    }

    private BcgRow row(String key) {
        return viewModel.activeUnits().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static SaleFact sale(String customer, String date, String amount, String product) {
        return new SaleFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, null, null, null, product);
    }
}
