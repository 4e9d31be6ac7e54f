package io.customerlens.ui;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers with the overview a test set; never touches a store. */
public final class FakeCustomerService extends CustomerService {

    private CustomerOverview overview = new CustomerOverview(null, List.of());
    /** When set, the first step's answer, with the segments to come. */
    private CustomerOverview quick;
    private int overviewCalls;
    /** The segment options of each overview asked for with options. */
    private final java.util.List<io.customerlens.service.segments.SegmentOptions> optionsAsked = new java.util.ArrayList<>();

    public FakeCustomerService() {
        super(null, null);
    }

    public void answer(CustomerOverview next) {
        overview = next;
    }

    /** The first step answers {@code withoutSegments}, saying the segments are to come; the second, the overview. */
    public void answerFirst(CustomerOverview withoutSegments) {
        quick = withoutSegments;
    }

    @Override
    public FirstOverview firstOverview(Optional<LocalDate> asOf, io.customerlens.service.segments.SegmentOptions options) {
        return quick == null ? new FirstOverview(overview(asOf), false) : new FirstOverview(quick, true);
    }

    public java.util.List<io.customerlens.service.segments.SegmentOptions> optionsAsked() {
        return optionsAsked;
    }

    public int overviewCalls() {
        return overviewCalls;
    }

    @Override
    public CustomerOverview overview(Optional<LocalDate> asOf) {
        overviewCalls++;
        return overview;
    }

    @Override
    public CustomerOverview overview(Optional<LocalDate> asOf, io.customerlens.service.segments.SegmentOptions options) {
        optionsAsked.add(options);
        return overview(asOf);
    }

    @Override
    public boolean storeIsEmpty() {
        return overview.customers().isEmpty();
    }

    /** A customer with the attributes the filters use and simple figures. */
    public static CustomerRow customer(String key, String name, String type, String region, String channel,
                                       String salesperson, String netAmount) {
        CustomerInfo info = new CustomerInfo(key, name, type, region, null, null, null, channel, salesperson);
        CustomerSummary summary = new CustomerSummary(key, LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 1), 3,
                new BigDecimal(netAmount), 15, 0);
        return new CustomerRow(key, info, summary);
    }
}
