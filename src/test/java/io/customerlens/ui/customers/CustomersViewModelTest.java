package io.customerlens.ui.customers;

import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ValueTier;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerSegments;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;
import io.customerlens.ui.FakeCustomerService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.customerlens.ui.FakeCustomerService.customer;
import static org.assertj.core.api.Assertions.assertThat;

class CustomersViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 16);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeCustomerService service = new FakeCustomerService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<String> opened = new ArrayList<>();
    private final CustomersViewModel viewModel =
            new CustomersViewModel(service, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, storeChanges,
                    opened::add);

    @BeforeEach
    void threeCustomers() {
        service.answer(new CustomerOverview(AS_OF, List.of(
                customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50"),
                customer("C002", "永辉便利店", "便利店", "华南", "便利", "李强", "250.00"),
                customer("C003", "Green Grocer", "Retail", "East", "KA", "王芳", "450.00"))));
        viewModel.refresh();
    }

    /** Segments not computed yet: the customers come first with a line saying so, then the segments replace them. */
    @Test
    void theCustomersComeFirstAndTheirSegmentsAfter() {
        CustomerOverview whole = new CustomerOverview(AS_OF, List.of(customer("C001", "华联超市", "零售", "华东", "KA", "王芳",
                "2000.50")));
        service.answer(whole);
        service.answerFirst(new CustomerOverview(AS_OF, List.of(customer("C001", "华联超市", "零售", "华东", "KA", "王芳",
                "2000.50"), customer("C009", "Only in the first step", "零售", "华东", "KA", "王芳", "1.00"))));
        List<String> notices = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        viewModel.pendingProperty().addListener((observable, before, after) -> {
            notices.add(after);
            if (!after.isEmpty()) {
                sizes.add(viewModel.rows().size());
            }
        });

        viewModel.refresh();

        assertThat(notices).containsExactly(
                "Every customer is listed; their segments, value tiers and chance of no order are being computed…", "");
        assertThat(sizes).as("rows shown while the segments are coming").containsExactly(2);
        assertThat(keys()).containsExactly("C001");
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.noticeProperty().get()).as("no fault was shown").isEmpty();
    }

    /** A closed page follows neither the store nor the settings: nothing reloads it. */
    @Test
    void aDisposedListDoesNotReloadWhenTheStoreChanges() {
        int calls = service.overviewCalls();

        viewModel.dispose();
        storeChanges.storeChanged();
        viewModel.refresh();

        assertThat(service.overviewCalls()).isEqualTo(calls);
    }

    @Test
    void showsEveryCustomerWithTheCountAndAsOfDate() {
        assertThat(keys()).containsExactlyInAnyOrder("C001", "C002", "C003");
        assertThat(viewModel.loadingProperty().get()).as("the figures are shown, so no longer loading").isFalse();
        assertThat(viewModel.countText().get()).isEqualTo("3 of 3 customers");
        assertThat(viewModel.asOfTextProperty().get()).isEqualTo("As of 2024-03-16 (the latest date in the store)");
    }

    @Test
    void searchFindsNameOrKeyIgnoringCase() {
        viewModel.searchProperty().set("green");
        assertThat(keys()).containsExactly("C003");

        viewModel.searchProperty().set("c00");
        assertThat(keys()).hasSize(3);

        viewModel.searchProperty().set("便利");
        assertThat(keys()).containsExactly("C002");
        assertThat(viewModel.countText().get()).isEqualTo("1 of 3 customers");
    }

    @Test
    void segmentFiltersOfferTheSegmentsFoundAndFilterByThem() {
        CustomerRow c001 = customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50");
        CustomerRow c002 = customer("C002", "永辉便利店", "便利店", "华南", "便利", "李强", "250.00");
        service.answer(new CustomerOverview(AS_OF, List.of(
                new CustomerRow(c001.key(), c001.info(), c001.summary(), new CustomerSegments(
                        RfmSegment.IMPORTANT_VALUE, ValueTier.A, KeyAccountTier.KEY, LifecycleStage.LOYAL)),
                new CustomerRow(c002.key(), c002.info(), c002.summary(), new CustomerSegments(
                        RfmSegment.GENERAL_WINBACK, ValueTier.C, KeyAccountTier.ORDINARY, LifecycleStage.LAPSED)))));
        viewModel.refresh();

        assertThat(viewModel.options(CustomerAttribute.LIFECYCLE).stream().skip(1).map(AttributeChoice::value))
                .containsExactlyInAnyOrder("loyal", "lapsed");
        viewModel.choiceProperty(CustomerAttribute.RFM_SEGMENT).set(new AttributeChoice("general_winback"));
        assertThat(keys()).containsExactly("C002");
    }

    @Test
    void attributeFiltersOfferTheValuesFoundInTheData() {
        assertThat(viewModel.options(CustomerAttribute.TYPE).getFirst()).isEqualTo(AttributeChoice.ANY);
        assertThat(viewModel.options(CustomerAttribute.TYPE).stream().skip(1).map(AttributeChoice::value))
                .containsExactlyInAnyOrder("零售", "便利店", "Retail");
        assertThat(viewModel.options(CustomerAttribute.SALESPERSON)).hasSize(3);
    }

    @Test
    void filtersCombineWithEachOtherAndTheSearch() {
        viewModel.choiceProperty(CustomerAttribute.CHANNEL).set(new AttributeChoice("KA"));
        assertThat(keys()).containsExactlyInAnyOrder("C001", "C003");

        viewModel.choiceProperty(CustomerAttribute.REGION).set(new AttributeChoice("East"));
        assertThat(keys()).containsExactly("C003");

        viewModel.searchProperty().set("华联");
        assertThat(keys()).isEmpty();
        assertThat(viewModel.countText().get()).isEqualTo("0 of 3 customers");
    }

    @Test
    void clearingShowsEveryoneAgain() {
        viewModel.searchProperty().set("华联");
        viewModel.choiceProperty(CustomerAttribute.TYPE).set(new AttributeChoice("零售"));

        viewModel.clearFilters();

        assertThat(keys()).hasSize(3);
    }

    @Test
    void rowsFollowTheTablesSortOrder() {
        viewModel.rows().setComparator(Comparator.comparing(row -> row.summary().netAmount()));

        assertThat(keys()).containsExactly("C002", "C003", "C001");
    }

    @Test
    void reloadsWhenTheStoreChangesAndKeepsChoicesThatStillExist() {
        viewModel.choiceProperty(CustomerAttribute.SALESPERSON).set(new AttributeChoice("王芳"));
        viewModel.choiceProperty(CustomerAttribute.TYPE).set(new AttributeChoice("Retail"));
        service.answer(new CustomerOverview(AS_OF.plusDays(1), List.of(
                customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50"),
                customer("C004", "新客户", "零售", "华北", "KA", "王芳", "99.00"))));

        storeChanges.storeChanged();

        assertThat(service.overviewCalls()).isEqualTo(2);
        assertThat(viewModel.choiceProperty(CustomerAttribute.SALESPERSON).get()).isEqualTo(new AttributeChoice("王芳"));
        // "Retail" is gone from the data: the type filter falls back to all rather than an empty table.
        assertThat(viewModel.choiceProperty(CustomerAttribute.TYPE).get()).isEqualTo(AttributeChoice.ANY);
        assertThat(keys()).containsExactlyInAnyOrder("C001", "C004");
        assertThat(viewModel.asOfTextProperty().get()).contains("2024-03-17");
    }

    @Test
    void emptyStoreSaysSo() {
        service.answer(new CustomerOverview(null, List.of()));

        viewModel.refresh();

        assertThat(viewModel.asOfTextProperty().get()).isEqualTo("No sales stored yet");
        assertThat(viewModel.countText().get()).isEqualTo("0 of 0 customers");
    }

    @Test
    void openingARowOpensThatCustomer() {
        viewModel.refresh();

        viewModel.open(viewModel.rows().stream().filter(row -> row.key().equals("C002")).findFirst().orElseThrow());

        assertThat(opened).containsExactly("C002");
    }

    @Test
    void loadFailureIsShown() {
        CustomersViewModel broken = new CustomersViewModel(new CustomerService(null, null) {
            @Override
            public CustomerOverview overview(Optional<LocalDate> asOf, SegmentOptions options) {
                throw new IllegalStateException("database is locked");
            }
        }, TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, storeChanges, opened::add);

        broken.refresh();

        // A fault is said without the library's words, with where its details are.
        assertThat(broken.noticeProperty().get()).isEqualTo("Could not load the customers: Something went wrong inside"
                + " CustomerLens; please report it. No log file could be written, so the details are not kept");
        assertThat(broken.loadingProperty().get()).as("a failed load is not still loading").isFalse();
    }

    @Test
    void attributesTheDataHasKeepTheirFiltersAndNothingIsMissing() {
        assertThat(viewModel.present(CustomerAttribute.TYPE).get()).isTrue();
        assertThat(viewModel.present(CustomerAttribute.SALESPERSON).get()).isTrue();
        assertThat(viewModel.missingColumnsProperty().get()).isEmpty();
    }

    /** A pharmacy export: date, customer, product and amount only. */
    @Test
    void attributesTheDataLacksHideTheirFiltersAndTheLineNamesTheColumnsToMap() {
        service.answer(new CustomerOverview(AS_OF, List.of(
                customer("药店001", "药店001", null, null, null, null, "100.00"),
                customer("药店002", "药店002", null, "华东", null, " ", "80.00"))));
        viewModel.refresh();

        assertThat(viewModel.present(CustomerAttribute.TYPE).get()).isFalse();
        assertThat(viewModel.present(CustomerAttribute.REGION).get()).isTrue();
        assertThat(viewModel.present(CustomerAttribute.SALESPERSON).get()).as("blank is no value").isFalse();
        assertThat(viewModel.missingColumnsProperty().get()).isEqualTo("Not in the data: Customer type, Channel, "
                + "Salesperson. To filter and group by them, map those columns when importing (Import, column mapping).");
    }

    @Test
    void anEmptyStoreMissesNothingYet() {
        service.answer(new CustomerOverview(null, List.of()));
        viewModel.refresh();

        assertThat(viewModel.missingColumnsProperty().get()).isEmpty();
        assertThat(viewModel.present(CustomerAttribute.TYPE).get()).isFalse();
    }

    private List<String> keys() {
        return viewModel.rows().stream().map(CustomerRow::key).toList();
    }
}
