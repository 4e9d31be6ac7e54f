package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.MovementKind;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.ui.FakeLapseService;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.customerlens.ui.FakeLapseService.history;
import static io.customerlens.ui.FakeLapseService.info;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A breakdown row and a movement cell on the Lapse page open exactly the customers they count. As of 2024-06-15 with
 * N = 3: A bought every month Jan–Jun (华东); B last bought 2024-02-10 (华南), lapsed, its 3rd empty month May; C last
 * bought 2023-11-05 (华东), lapsed, its 3rd empty month 2024-02.
 */
class LapseDrillsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 15);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeLapseService service = new FakeLapseService();
    private final List<CustomerDrill> drills = new ArrayList<>();
    private LapseViewModel viewModel;

    @BeforeEach
    void storeWithThreeCustomers() {
        service.answer(new LapseData(AS_OF, AS_OF.minusMonths(1), false, List.of(
                history("A", LocalDate.of(2024, 1, 3), LocalDate.of(2024, 2, 3), LocalDate.of(2024, 3, 3),
                        LocalDate.of(2024, 4, 3), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 6, 3)),
                history("B", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 10)),
                history("C", LocalDate.of(2023, 10, 5), LocalDate.of(2023, 11, 5))),
                Map.of("A", info("A", "华联超市", "超市", "华东", "KA", "王芳"),
                        "B", info("B", "永辉便利店", "便利店", "华南", "便利", "李强"),
                        "C", info("C", "红旗烟酒", "便利店", "华东", "便利", "李强"))));
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
        viewModel = new LapseViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages,
                new StoreChanges(), opener);
        viewModel.refresh();
    }

    @Test
    void aBreakdownRowOpensItsLapsedCustomers() {
        viewModel.breakdownAttributeProperty().set(CustomerAttribute.REGION);
        BreakdownRow east = viewModel.breakdownRows().stream().filter(row -> "华东".equals(row.value())).findFirst()
                .orElseThrow();

        viewModel.drills().lapsedWith(CustomerAttribute.REGION, east);

        // 华东 has A and C; only C is lapsed.
        assertThat(east.customers()).isEqualTo(2);
        assertThat(drills.getLast().label()).isEqualTo("Region: 华东 · lapsed (3 months)");
        assertThat(drills.getLast().customerKeys()).containsExactly("C");
        for (BreakdownRow row : viewModel.breakdownRows()) {
            viewModel.drills().lapsedWith(CustomerAttribute.REGION, row);
            assertThat((long) drills.getLast().size()).isEqualTo(row.lapsed());
        }
    }

    @Test
    void aMovementCellOpensThatMonthsCustomers() {
        MovementRow may = viewModel.reportProperty().get().movement().stream()
                .filter(row -> row.yearMonth().equals(YearMonth.of(2024, 5))).findFirst().orElseThrow();
        MovementRow february = viewModel.reportProperty().get().movement().stream()
                .filter(row -> row.yearMonth().equals(YearMonth.of(2024, 2))).findFirst().orElseThrow();

        viewModel.drills().movement(may, MovementKind.LOST);
        assertThat(drills.getLast().label()).isEqualTo("2024-05 Lost");
        assertThat(drills.getLast().customerKeys()).containsExactly("B");
        assertThat(may.lost()).isEqualTo(1);

        viewModel.drills().movement(february, MovementKind.LOST);
        assertThat(drills.getLast().customerKeys()).containsExactly("C");
        viewModel.drills().movement(february, MovementKind.ACTIVE);
        assertThat(drills.getLast().customerKeys()).containsExactlyInAnyOrder("A", "B");
        assertThat((long) drills.getLast().size()).isEqualTo(february.active());
    }

    @Test
    void aPointOrBarOfTheMovementChartsOpensThatMonthsCustomersOfItsLine() {
        List<MovementRow> movement = viewModel.reportProperty().get().movement();
        int may = indexOf(movement, YearMonth.of(2024, 5));
        int february = indexOf(movement, YearMonth.of(2024, 2));

        // Base chart: line 1 is "active", a point per month from the first.
        viewModel.drills().basePoint(1, february);
        assertThat(drills.getLast().label()).isEqualTo("2024-02 Active");
        assertThat(drills.getLast().customerKeys()).containsExactlyInAnyOrder("A", "B");
        // Flows chart: bar 2 is "lost"; its months start one after the data's first month.
        viewModel.drills().flowBar(2, may - 1);
        assertThat(drills.getLast().label()).isEqualTo("2024-05 Lost");
        assertThat(drills.getLast().customerKeys()).containsExactly("B");
        assertThat((long) drills.getLast().size()).isEqualTo(movement.get(may).lost());
    }

    private static int indexOf(List<MovementRow> movement, YearMonth month) {
        for (int i = 0; i < movement.size(); i++) {
            if (movement.get(i).yearMonth().equals(month)) {
                return i;
            }
        }
        throw new AssertionError(month + " not in the movement table");
    }
}
