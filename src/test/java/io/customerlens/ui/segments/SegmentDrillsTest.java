package io.customerlens.ui.segments;

import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.segments.Cohort;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.analysis.segments.TierSummary;
import io.customerlens.analysis.segments.ValueTier;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Segments figure opens exactly the customers it counts. Fixture as of 2024-06-30: KH001 bought 150.50 on
 * 2024-01-05 and 300 on 2024-03-15 and returned 30 (net 420.50, 华东 KA); KH002 200 on 2024-02-10 (华东 便利);
 * KH003 1000 on 2024-04-01 (华南 KA). Mean thresholds: R 112.67 days, F 1.33, M 540.17.
 */
class SegmentDrillsTest {

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
    void anRfmSegmentOpensItsCustomersNamedAfterIt() {
        // KH003: R 90 ≤ 112.67 recent, F 1 < 1.33 not frequent, M 1000 ≥ 540.17 valuable: important develop.
        viewModel.drills().rfm(RfmSegment.IMPORTANT_DEVELOP);

        assertThat(last().label()).isEqualTo("RFM: Important develop");
        assertThat(last().customerKeys()).containsExactly("KH003");
    }

    @Test
    void everyRfmRowOpensAsManyCustomersAsItCounts() {
        for (SegmentSummary row : viewModel.segments()) {
            viewModel.drills().rfm(row.segment());
            assertThat(last().size()).as(row.segment().name()).isEqualTo(row.customers());
        }
        assertThat(drills).hasSize(8);
    }

    @Test
    void aValueTierOpensItsCustomers() {
        // Net 1000, 420.50, 200 of 1620.50: KH003 starts at 0 %, KH001 at 61.7 % (A), KH002 at 87.7 % (B).
        viewModel.drills().valueTier(ValueTier.A);
        assertThat(last().customerKeys()).containsExactlyInAnyOrder("KH003", "KH001");
        viewModel.drills().valueTier(ValueTier.B);
        assertThat(last().customerKeys()).containsExactly("KH002");
        for (TierSummary tier : viewModel.tiers()) {
            viewModel.drills().valueTier(tier.tier());
            assertThat(last().size()).as(tier.tier().name()).isEqualTo(tier.customers());
        }
    }

    @Test
    void aLifecycleStageOpensItsCustomers() {
        // N = 3: KH001 last bought in March, KH002 in February: 3 and 4 idle months by June, both lapsed.
        viewModel.drills().lifecycle(LifecycleStage.LAPSED);
        assertThat(last().customerKeys()).containsExactlyInAnyOrder("KH001", "KH002");
        for (LifecycleCount count : viewModel.lifecycle()) {
            viewModel.drills().lifecycle(count.stage());
            assertThat(last().size()).as(count.stage().name()).isEqualTo(count.customers());
        }
    }

    @Test
    void aCohortOpensTheCustomersWhoFirstBoughtThatMonth() {
        viewModel.drills().cohort(YearMonth.of(2024, 2));
        assertThat(last().label()).isEqualTo("First bought in 2024-02");
        assertThat(last().customerKeys()).containsExactly("KH002");
        for (Cohort cohort : viewModel.cohorts()) {
            viewModel.drills().cohort(cohort.month());
            assertThat(last().size()).as(cohort.month().toString()).isEqualTo(cohort.customers());
        }
        assertThat(viewModel.cohorts()).hasSize(3);
    }

    @Test
    void anAttributeRowAndACrossedRowOpenTheirCustomers() {
        viewModel.attributeProperty().set(CustomerAttribute.REGION);
        viewModel.drills().attribute(CustomerAttribute.REGION, "华东");
        assertThat(last().label()).isEqualTo("Region: 华东");
        assertThat(last().customerKeys()).containsExactlyInAnyOrder("KH001", "KH002");
        assertThat(viewModel.attributeRows()).filteredOn(row -> "华东".equals(row.value()))
                .singleElement().extracting(row -> row.customers()).isEqualTo(2L);

        viewModel.drills().crossed(CustomerAttribute.REGION, "华东", CustomerAttribute.CHANNEL, "KA");
        assertThat(last().label()).isEqualTo("Region: 华东, Channel: KA");
        assertThat(last().customerKeys()).containsExactly("KH001");
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
