package io.customerlens.ui.segments;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.LineFact;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.segments.SegmentService;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture of the CLI test, as of 2024-06-30: KH001 (R 107, F 2, M 420.50), KH002 (141, 1, 200),
 * KH003 (90, 1, 1000). Means 112.67 / 1.33 / 540.17; medians 107 / 1 / 420.50.
 */
class SegmentsViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<String> opened = new ArrayList<>();
    private int loads;
    private SegmentsViewModel viewModel;
    private final io.customerlens.ui.common.AnalysisChoices choices = TestAnalysis.choices();

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
                loads++;
                return data;
            }
        };
        viewModel = new SegmentsViewModel(service, choices, new SynchronousTaskRunner(messages), messages, storeChanges, opened::add);
        viewModel.refresh();
    }

    @Test
    void meanThresholdsGiveTheHandComputedSegmentsAndAreShown() {
        assertThat(segmentOf("KH001")).isEqualTo(RfmSegment.GENERAL_VALUE);
        assertThat(segmentOf("KH002")).isEqualTo(RfmSegment.GENERAL_WINBACK);
        assertThat(segmentOf("KH003")).isEqualTo(RfmSegment.IMPORTANT_DEVELOP);
        assertThat(viewModel.thresholdsTextProperty().get()).contains("mean", "113 days", "1.3 orders", "540.17");
    }

    @Test
    void theTierRuleSaysTheCutOffsInForceAndFollowsAChange() {
        assertThat(viewModel.tierRuleProperty().get()).contains("A (high) if c < 80.0%, B (medium) if c < 95.0%");

        choices.update(shared -> shared.withTiers(new io.customerlens.analysis.segments.TierCutoffs(0.7, 0.9)));

        assertThat(viewModel.tierRuleProperty().get()).contains("A (high) if c < 70.0%, B (medium) if c < 90.0%");
        assertThat(loads).as("analysed again, not read again").isEqualTo(1);
    }

    @Test
    void medianThresholdsRecomputeWithoutReadingTheStoreAgain() {
        viewModel.methodProperty().set(ThresholdMethod.MEDIAN);

        assertThat(segmentOf("KH001")).isEqualTo(RfmSegment.IMPORTANT_VALUE);
        assertThat(segmentOf("KH002")).isEqualTo(RfmSegment.GENERAL_RETAIN);
        assertThat(loads).isEqualTo(1);
    }

    @Test
    void pickingASegmentListsItsCustomers() {
        viewModel.selectedSegmentProperty().set(RfmSegment.IMPORTANT_DEVELOP);

        assertThat(viewModel.segmentCustomers()).extracting(SegmentRow::key).containsExactly("KH003");
    }

    @Test
    void aWeightSetToAHundredLeavesTheOthersAtZeroAndRescores() {
        viewModel.setWeight(KeyAccountCriterion.NET_AMOUNT, 100);

        assertThat(viewModel.weightsProperty().get().percent().get(KeyAccountCriterion.ORDERS)).isZero();
        // Score = scaled net amount alone: KH003 100, KH001 (420.5 − 200) / 800 = 27.6, KH002 0.
        assertThat(viewModel.keyAccounts()).extracting(row -> row.account().customerKey() + ":"
                        + Math.round(row.account().score()))
                .containsExactly("KH003:100", "KH001:28", "KH002:0");
    }

    @Test
    void crossingTwoAttributesListsEachPairWithItsFigures() {
        viewModel.attributeProperty().set(CustomerAttribute.REGION);
        viewModel.crossWithProperty().set(CustomerAttribute.CHANNEL);

        assertThat(viewModel.crossedRows()).extracting(row -> row.first() + "×" + row.second() + ":" + row.customers())
                .containsExactlyInAnyOrder("华东×KA:1", "华东×便利:1", "华南×KA:1");
        viewModel.crossWithProperty().set(null);
        assertThat(viewModel.crossedRows()).isEmpty();
    }

    @Test
    void keyAccountRowsCarryTheMonthlyAverageOfTheSimpleRule() {
        // KH003: 1000 in the last 12 months = 83.33 a month, far below 2,000.
        viewModel.applyMonthlyThreshold("2,000");
        KeyAccountRow kh003 = keyAccount("KH003");

        assertThat(kh003.averageMonthlyNet().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("83.33");
        assertThat(kh003.meetsMonthlyRule()).isFalse();
    }

    /*
     * Monthly averages over the 12 months: KH002 16.67, KH001 35.04 (420.50 / 12), KH003 83.33. The top fifth
     * starts at the ⌈0.8 × 3⌉ = 3rd smallest, 83.33, rounded down to two figures: 83. KH003 meets it, KH001 not.
     */
    @Test
    void theSimpleRulesAmountIsSuggestedByTheDataAndCanBeSetByHand() {
        assertThat(viewModel.monthlyThresholdProperty().get()).isEqualByComparingTo("83");
        assertThat(keyAccount("KH003").meetsMonthlyRule()).isTrue();
        assertThat(keyAccount("KH001").meetsMonthlyRule()).isFalse();

        assertThat(viewModel.applyMonthlyThreshold("30")).isTrue();
        assertThat(keyAccount("KH001").meetsMonthlyRule()).isTrue();
        assertThat(viewModel.applyMonthlyThreshold("lots")).isFalse();
        assertThat(viewModel.monthlyThresholdProperty().get()).isEqualByComparingTo("30");

        viewModel.applyMonthlyThreshold("");
        assertThat(viewModel.monthlyThresholdProperty().get()).isEqualByComparingTo("83");
    }

    @Test
    void weightsAreWholePercentagesThatAddUpTo100AndCutoffsAreSettings() {
        viewModel.setWeight(KeyAccountCriterion.NET_AMOUNT, 55);

        var whole = viewModel.weightsProperty().get().wholePercents();
        assertThat(whole.get(KeyAccountCriterion.NET_AMOUNT)).isEqualTo(55);
        assertThat(whole.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);

        viewModel.setCutoffs(60, 80);
        assertThat(viewModel.cutoffsProperty().get().strategic()).isEqualTo(60);
        assertThat(viewModel.cutoffsProperty().get().key()).as("never above the strategic cut-off").isEqualTo(60);
        assertThat(viewModel.options().cutoffs()).isEqualTo(viewModel.cutoffsProperty().get());
    }

    private KeyAccountRow keyAccount(String key) {
        return viewModel.keyAccounts().stream().filter(row -> row.account().customerKey().equals(key)).findFirst()
                .orElseThrow();
    }

    private static CustomerInfo info(String region, String channel) {
        return new CustomerInfo(null, null, null, region, null, null, null, channel, null);
    }

    @Test
    void anImportReadsTheStoreAgain() {
        storeChanges.storeChanged();

        assertThat(loads).isEqualTo(2);
    }

    private RfmSegment segmentOf(String key) {
        viewModel.selectedSegmentProperty().set(null);
        for (RfmSegment segment : RfmSegment.values()) {
            viewModel.selectedSegmentProperty().set(segment);
            if (viewModel.segmentCustomers().stream().anyMatch(row -> row.key().equals(key))) {
                return segment;
            }
        }
        return null;
    }

    private static LineFact line(String customer, String date, String amount, String order) {
        return new LineFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, order);
    }
}
