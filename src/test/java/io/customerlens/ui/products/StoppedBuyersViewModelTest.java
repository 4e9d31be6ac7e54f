package io.customerlens.ui.products;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.SalesFacts;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;
import io.customerlens.service.products.ProductData;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.AfterEach;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Products page's "stopped buying it" list, as of 2024-12-31 with N = 3 (last N months 2024-10..12, the 12
 * before 2023-10..2024-09): C1 bought 绿茶 in 2024-01, 03 and 05 (100 each) and 红茶 for 200 in 2024-11, so it
 * stopped 绿茶 but still buys; C2 buys 绿茶 every month; C3 bought 绿茶 in three months and nothing since (lapsed).
 */
class StoppedBuyersViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final AnalysisChoices analysis = TestAnalysis.choices();
    private final List<String> opened = new ArrayList<>();
    private ProductsViewModel viewModel;

    @BeforeEach
    void threeCustomers() {
        List<SaleFact> facts = new ArrayList<>(List.of(
                sale("C1", "2024-01-10", "100", "P1"), sale("C1", "2024-03-10", "100", "P1"),
                sale("C1", "2024-05-10", "100", "P1"), sale("C1", "2024-11-10", "200", "P2"),
                sale("C3", "2024-02-01", "70", "P1"), sale("C3", "2024-04-01", "70", "P1"),
                sale("C3", "2024-06-01", "70", "P1"), sale("C2", "2023-01-05", "10", "P1")));
        for (int month = 1; month <= 12; month++) {
            facts.add(sale("C2", String.format("2024-%02d-05", month), "10", "P1"));
        }
        Map<String, ProductInfo> products = Map.of(
                "P1", new ProductInfo("P1", "Green tea", "茶", "绿茶"),
                "P2", new ProductInfo("P2", "Black tea", "茶", "红茶"));
        Map<String, CustomerInfo> customers = Map.of(
                "C1", new CustomerInfo("C1", "First shop", null, null, null, null, null, null, null),
                "C2", new CustomerInfo("C2", "Second shop", null, null, null, null, null, null, null),
                "C3", new CustomerInfo("C3", "Third shop", null, null, null, null, null, null, null));
        ProductData data = new ProductData(LocalDate.of(2024, 12, 31), new SalesFacts(facts, products, customers));
        ProductService service = new ProductService(AnalysisSnapshots.ofEmptyStore()) {
            @Override
            public ProductData load(Optional<LocalDate> ignored) {
                return data;
            }
        };
        viewModel = new ProductsViewModel(service, analysis, new SynchronousTaskRunner(messages), messages,
                new StoreChanges(), opened::add);
        viewModel.refresh();
    }

    @AfterEach
    void dispose() {
        viewModel.dispose();
    }

    @Test
    void pickingAUnitListsWhoStoppedBuyingItWhileStillBuyingOtherThings() {
        viewModel.selectedUnitProperty().set(row("绿茶"));

        assertThat(viewModel.stoppedBuyers().rows()).extracting(StoppedCustomer::customerKey, StoppedCustomer::name,
                        StoppedCustomer::lastPurchase, StoppedCustomer::monthsBought)
                .containsExactly(tuple("C1", "First shop", LocalDate.of(2024, 5, 10), 3));
        StoppedCustomer first = viewModel.stoppedBuyers().rows().getFirst();
        assertThat(first.netBefore()).isEqualByComparingTo("300");
        assertThat(first.otherRecentNet()).isEqualByComparingTo("200");
        assertThat(viewModel.stoppedBuyers().explanationProperty().get()).isEqualTo("1 customers stopped buying 绿茶: "
                + "bought it in at least 3 of the 12 months before the last 3 months, not since, and bought other things "
                + "in the last 3 months.");
        assertThat(viewModel.stoppedBuyers().summaryProperty().get())
                .isEqualTo("1 customers stopped buying 绿茶 (point here for the rule).");
    }

    /** With N = 12 the last N months are 2024-01..12: C1 bought 绿茶 in them, so it has not stopped. */
    @Test
    void aLongerWindowOnTheSharedSettingsRecomputesTheList() {
        viewModel.selectedUnitProperty().set(row("绿茶"));

        analysis.update(shared -> shared.withLapseWindow(new LapseWindow(12)));

        assertThat(viewModel.stoppedBuyers().rows()).isEmpty();
        assertThat(viewModel.stoppedBuyers().explanationProperty().get()).startsWith("0 customers stopped buying 绿茶").endsWith("in the last 12 months.");
    }

    @Test
    void pickingNoUnitEmptiesTheList() {
        viewModel.selectedUnitProperty().set(row("绿茶"));

        viewModel.selectedUnitProperty().set(null);

        assertThat(viewModel.stoppedBuyers().rows()).isEmpty();
        assertThat(viewModel.stoppedBuyers().explanationProperty().get()).isEmpty();
        assertThat(viewModel.stoppedBuyers().summaryProperty().get()).isEmpty();
    }

    private BcgRow row(String key) {
        return viewModel.activeUnits().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static SaleFact sale(String customer, String date, String amount, String product) {
        return new SaleFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, null, null, null, product);
    }
}
