package io.customerlens.ui.customers;

import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.ui.FakeCustomerService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.customerlens.ui.FakeCustomerService.customer;
import static org.assertj.core.api.Assertions.assertThat;

/** A figure's customers as an extra filter of the customer list, shown as a chip and removable. */
class CustomersDrillTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeCustomerService service = new FakeCustomerService();
    private final CustomersViewModel viewModel = new CustomersViewModel(service, TestAnalysis.choices(),
            new SynchronousTaskRunner(messages), messages, new StoreChanges(), key -> { });

    @BeforeEach
    void threeCustomers() {
        service.answer(new CustomerOverview(LocalDate.of(2024, 3, 16), List.of(
                customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50"),
                customer("C002", "永辉便利店", "便利店", "华南", "便利", "李强", "250.00"),
                customer("C003", "Green Grocer", "Retail", "East", "KA", "王芳", "450.00"))));
        viewModel.refresh();
    }

    @Test
    void aDrillShowsExactlyItsCustomersAndTheirCount() {
        viewModel.drill(new CustomerDrill("RFM: Important win-back", Set.of("C001", "C003")));

        assertThat(viewModel.rows()).extracting(CustomerRow::key).containsExactlyInAnyOrder("C001", "C003");
        assertThat(viewModel.countText().get()).isEqualTo("2 of 3 customers");
        assertThat(viewModel.drillFilter().drillProperty().get().label()).isEqualTo("RFM: Important win-back");
    }

    @Test
    void aDrillClearsTheSearchAndFiltersSoTheCountIsTheFigures() {
        viewModel.searchProperty().set("green");
        viewModel.choiceProperty(io.customerlens.ui.customers.CustomerAttribute.CHANNEL)
                .set(viewModel.options(io.customerlens.ui.customers.CustomerAttribute.CHANNEL).stream()
                        .filter(choice -> "便利".equals(choice.value())).findFirst().orElseThrow());

        viewModel.drill(new CustomerDrill("2024-03 Lost", Set.of("C001", "C002")));

        assertThat(viewModel.searchProperty().get()).isEmpty();
        assertThat(viewModel.rows()).extracting(CustomerRow::key).containsExactlyInAnyOrder("C001", "C002");
    }

    @Test
    void removingTheChipShowsEveryCustomerAgain() {
        viewModel.drill(new CustomerDrill("Lapsed now (3 months)", Set.of("C002")));
        assertThat(viewModel.rows()).hasSize(1);

        viewModel.drillFilter().remove();

        assertThat(viewModel.drillFilter().drillProperty().get()).isNull();
        assertThat(viewModel.countText().get()).isEqualTo("3 of 3 customers");
    }

    @Test
    void theSearchStillNarrowsADrill() {
        viewModel.drill(new CustomerDrill("Region: 华东", Set.of("C001", "C003")));

        viewModel.searchProperty().set("green");

        assertThat(viewModel.rows()).extracting(CustomerRow::key).containsExactly("C003");
        viewModel.clearFilters();
        assertThat(viewModel.rows()).as("clearing the filters removes the drill too").hasSize(3);
    }
}
