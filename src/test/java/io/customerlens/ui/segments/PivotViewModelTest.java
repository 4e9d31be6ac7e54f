package io.customerlens.ui.segments;

import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.segments.PivotMeasure;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.LineFact;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pivot of region × channel and the customers each of its cells opens. Fixture as of 2024-06-30: KH001 bought 150.50 on
 * 2024-01-05 and 300 on 2024-03-15 and returned 30 (net 420.50, 华东 KA); KH002 200 on 2024-02-10 (华东 便利);
 * KH003 1000 on 2024-04-01 (华南 KA). Mean thresholds: R 112.67 days, F 1.33, M 540.17.
 */
class PivotViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final List<CustomerDrill> drills = new ArrayList<>();
    private SegmentsViewModel viewModel;

    @BeforeEach
    void threeCustomers() {
        List<LineFact> facts = List.of(
                line("KH001", "2024-01-05", "150.50", "XS001"), line("KH001", "2024-03-15", "300", "XS003"),
                new LineFact("KH001", LocalDate.parse("2024-03-20"), new BigDecimal("-30"), true, "XT004"),
                line("KH002", "2024-02-10", "200", "XS002"), line("KH003", "2024-04-01", "1000", "XS005"));
        SegmentData data = new SegmentData(AS_OF, CustomerLines.asOf(facts, AS_OF), PurchaseHistories.asOf(facts, AS_OF),
                Map.of("KH001", info("华东", "KA"), "KH002", info("华东", "便利"), "KH003", info("华南", "KA")));
        SegmentService service = new SegmentService(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore()) {
            @Override
            public SegmentData load(Optional<LocalDate> asOf) {
                return data;
            }
        };
        CustomerOpener opener = new CustomerOpener() {
            @Override
            public void open(String customerKey) {
                throw new AssertionError("a figure opens a list, not the card of " + customerKey);
            }

            @Override
            public void drill(CustomerDrill drill) {
                drills.add(drill);
            }
        };
        viewModel = new SegmentsViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages,
                new StoreChanges(), opener);
        viewModel.refresh();
    }

    @Test
    void regionDownAndChannelAcrossAreChosenFirstWithRowsByNetAmount() {
        PivotViewModel pivot = viewModel.pivot();

        assertThat(pivot.rowAttributeProperty().get()).isEqualTo(CustomerAttribute.REGION);
        assertThat(pivot.columnAttributeProperty().get()).isEqualTo(CustomerAttribute.CHANNEL);
        // 华南 1000, 华东 420.50 + 200 = 620.50; then the totals line. Columns: KA 1420.50, 便利 200.
        assertThat(pivot.lines()).extracting(line -> line.total() ? "total" : line.value())
                .containsExactly("华南", "华东", "total");
        assertThat(pivot.tableProperty().get().columns()).containsExactly("KA", "便利");
    }

    @Test
    void theMeasuresOfACellAndItsTotals() {
        PivotViewModel pivot = viewModel.pivot();
        PivotLine east = pivot.lines().get(1);
        PivotLine totals = pivot.lines().get(2);

        assertThat(PivotMeasure.CUSTOMERS.of(east.cell("KA"))).isEqualTo(1L);
        assertThat((java.math.BigDecimal) PivotMeasure.NET_AMOUNT.of(east.lineTotal())).isEqualByComparingTo("620.50");
        // N = 3: KH001 and KH002 (华东) are lapsed, KH003 (华南) not: 华东 2 of 2, KA 1 of 2, everyone 2 of 3.
        assertThat(PivotMeasure.LAPSED_SHARE.of(east.lineTotal())).isEqualTo(1.0);
        assertThat(PivotMeasure.LAPSED_SHARE.of(totals.cell("KA"))).isEqualTo(0.5);
        assertThat(PivotMeasure.CUSTOMERS.of(totals.lineTotal())).isEqualTo(3L);
    }

    @Test
    void aCellOrATotalOpensAsManyCustomersAsItCounts() {
        PivotViewModel pivot = viewModel.pivot();
        PivotLine east = pivot.lines().get(1);
        PivotLine totals = pivot.lines().get(2);

        pivot.drill(east, "KA", false);
        assertThat(last().label()).isEqualTo("Region: 华东, Channel: KA");
        assertThat(last().customerKeys()).containsExactly("KH001");

        pivot.drill(east, null, true);
        assertThat(last().label()).isEqualTo("Region: 华东");
        assertThat(last().customerKeys()).containsExactlyInAnyOrder("KH001", "KH002");

        pivot.drill(totals, "KA", false);
        assertThat(last().label()).isEqualTo("Channel: KA");
        assertThat(last().customerKeys()).containsExactlyInAnyOrder("KH001", "KH003");

        pivot.drill(totals, null, true);
        assertThat(last().size()).isEqualTo(3);
        for (PivotLine line : pivot.lines()) {
            for (String column : pivot.tableProperty().get().columns()) {
                pivot.drill(line, column, false);
                assertThat((long) last().size()).isEqualTo(PivotMeasure.CUSTOMERS.of(line.cell(column)));
            }
        }
    }

    @Test
    void onlyTheAttributesTheDataHasAreOffered() {
        assertThat(viewModel.pivot().attributes()).containsExactlyInAnyOrder(CustomerAttribute.REGION,
                CustomerAttribute.CHANNEL);
    }

    private CustomerDrill last() {
        return drills.getLast();
    }

    private static CustomerInfo info(String region, String channel) {
        return new CustomerInfo(null, null, null, region, null, null, null, channel, null);
    }

    private static LineFact line(String customer, String date, String amount, String order) {
        return new LineFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, order);
    }
}
