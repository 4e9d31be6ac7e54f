package io.customerlens.analysis.followups;

import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.FollowUpReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TaskGenerationTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 3);
    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);
    private final TaskGeneration generation = new TaskGeneration();

    private static CustomerStanding standing(String key, RiskLevel risk, int idle, Long overdue, boolean keyAccount,
                                             long orders, LocalDate first, String value, LocalDate lastContact) {
        return new CustomerStanding(key, risk, idle, overdue, keyAccount, orders, first, new BigDecimal(value), lastContact);
    }

    private static CustomerStanding lapsed(String key, String value) {
        return standing(key, RiskLevel.LAPSED, 4, null, false, 5, LocalDate.of(2022, 1, 1), value, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", textBlock = """
            # case,                           risk,    idle, overdue, key,   orders, first,      lastContact, reason,             detail
            lapsed 4 months,                  LAPSED,  4,    null,    false, 5,      2022-01-01, null,        LAPSED,             4
            lapsed at the max idle 12,        LAPSED,  12,   null,    true,  5,      2022-01-01, null,        LAPSED,             12
            lapsed 13 months is not called,   LAPSED,  13,   null,    true,  1,      2022-01-01, null,        null,               null
            at risk wins over key account,    AT_RISK, 1,    20,      true,  5,      2022-01-01, null,        AT_RISK,            20
            one order 30 days ago,            OK,      1,    null,    false, 1,      2024-05-01, null,        SECOND_ORDER,       30
            one order 29 days ago waits,      OK,      0,    null,    false, 1,      2024-05-02, null,        null,               null
            two orders is not second order,   OK,      0,    null,    false, 2,      2024-04-01, null,        null,               null
            key account never contacted,      OK,      0,    null,    true,  9,      2022-01-01, null,        KEY_ACCOUNT_REVIEW, null
            key account contacted 60 days ago,OK,      0,    null,    true,  9,      2022-01-01, 2024-04-04,  KEY_ACCOUNT_REVIEW, 60
            key account contacted 59 days ago,OK,      0,    null,    true,  9,      2022-01-01, 2024-04-05,  null,               null
            ordinary active customer,         OK,      0,    null,    false, 9,      2022-01-01, null,        null,               null
            """)
    void eachCustomerGetsTheFirstReasonThatHolds(String name, RiskLevel risk, int idle, Long overdue, boolean key,
                                                 long orders, LocalDate first, LocalDate lastContact,
                                                 FollowUpReason reason, Integer detail) {
        CustomerStanding customer = standing("C1", risk, idle, overdue, key, orders, first, "100", lastContact);

        Optional<TaskGeneration.Candidate> candidate = TaskGeneration.reasonFor(customer, TODAY, AS_OF,
                GenerationOptions.defaults());

        assertThat(candidate.map(TaskGeneration.Candidate::reason).orElse(null)).isEqualTo(reason);
        assertThat(candidate.map(TaskGeneration.Candidate::detail).orElse(null)).isEqualTo(detail);
    }

    @ParameterizedTest(name = "rank {0} of {1} -> priority {2}")
    @CsvSource({"1, 1, 1", "1, 3, 1", "2, 3, 2", "3, 3, 3", "4, 10, 1", "5, 10, 2", "7, 10, 2", "8, 10, 3",
            "10, 10, 3", "2, 2, 2"})
    void priorityComesFromTheRankInThirds(int rank, int planned, int priority) {
        assertThat(TaskGeneration.priority(rank, planned)).isEqualTo(priority);
    }

    @Test
    void tasksAreRankedByValueAtStakeAndSpreadByCapacityOverWorkingDays() {
        List<CustomerStanding> standings = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            standings.add(lapsed("C" + i, String.valueOf(i * 10)));
        }
        GenerationOptions options = GenerationOptions.defaults().withCapacity(2);
        // Friday: 2 today, then Monday, Tuesday, Wednesday (Saturday and Sunday are skipped).
        LocalDate friday = LocalDate.of(2024, 6, 7);

        GenerationPlan plan = generation.plan(standings, Set.of(), Map.of(), friday, AS_OF, options);

        assertThat(plan.tasks()).extracting(PlannedTask::customerKey)
                .containsExactly("C7", "C6", "C5", "C4", "C3", "C2", "C1");
        assertThat(plan.tasks()).extracting(PlannedTask::due).containsExactly(friday, friday,
                LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 11),
                LocalDate.of(2024, 6, 11), LocalDate.of(2024, 6, 12));
        assertThat(plan.tasks()).extracting(PlannedTask::priority).containsExactly(1, 1, 1, 2, 2, 3, 3);
        assertThat(plan.leftForLater()).isZero();
    }

    @Test
    void aWeekendTodayStartsOnMonday() {
        LocalDate saturday = LocalDate.of(2024, 6, 8);

        GenerationPlan plan = generation.plan(List.of(lapsed("C1", "5")), Set.of(), Map.of(), saturday, AS_OF,
                GenerationOptions.defaults());

        assertThat(plan.tasks()).extracting(PlannedTask::due).containsExactly(LocalDate.of(2024, 6, 10));
    }

    @Test
    void pendingTasksDueThatDayCountAgainstTheCapacity() {
        GenerationOptions options = GenerationOptions.defaults().withCapacity(2);

        GenerationPlan plan = generation.plan(List.of(lapsed("A", "3"), lapsed("B", "2"), lapsed("C", "1")), Set.of(),
                Map.of(TODAY, 1, TODAY.plusDays(1), 5), TODAY, AS_OF, options);

        assertThat(plan.tasks()).extracting(PlannedTask::due)
                .containsExactly(TODAY, TODAY.plusDays(2), TODAY.plusDays(2));
    }

    @Test
    void aCustomerWithAPendingTaskOfAnyReasonGetsNoSecond() {
        List<CustomerStanding> standings = List.of(lapsed("A", "3"), lapsed("B", "2"), lapsed("C", "1"));

        GenerationPlan plan = generation.plan(standings, Set.of("A", "B"), Map.of(), TODAY, AS_OF,
                GenerationOptions.defaults());

        assertThat(plan.tasks()).extracting(PlannedTask::customerKey).containsExactly("C");
        assertThat(plan.alreadyOpen()).as("A's lapsed task and B's manual one both block").isEqualTo(2);
    }

    @Test
    void candidatesBeyondTheHorizonAreLeftForLater() {
        GenerationOptions options = GenerationOptions.defaults().withCapacity(1).withHorizonDays(2);

        GenerationPlan plan = generation.plan(List.of(lapsed("A", "3"), lapsed("B", "2"), lapsed("C", "1")), Set.of(),
                Map.of(), TODAY, AS_OF, options);

        assertThat(plan.tasks()).extracting(PlannedTask::customerKey).containsExactly("A", "B");
        assertThat(plan.leftForLater()).isEqualTo(1);
    }

    @Test
    void equalValuesAreOrderedByReasonThenKey() {
        CustomerStanding atRisk = standing("A", RiskLevel.AT_RISK, 1, 10L, false, 5, LocalDate.of(2022, 1, 1), "50", null);

        GenerationPlan plan = generation.plan(List.of(atRisk, lapsed("Z", "50"), lapsed("Y", "50")), Set.of(), Map.of(),
                TODAY, AS_OF, GenerationOptions.defaults());

        assertThat(plan.tasks()).extracting(PlannedTask::customerKey).containsExactly("Y", "Z", "A");
        assertThat(plan.tasks()).extracting(PlannedTask::rank).containsExactly(1, 2, 3);
    }

    @Test
    void keyAccountReviewsComeAfterEveryCustomerWhoMaySlipAway() {
        CustomerStanding bigKeyAccount = standing("K", RiskLevel.OK, 0, null, true, 9, LocalDate.of(2022, 1, 1),
                "900", null);
        CustomerStanding smallKeyAccount = standing("J", RiskLevel.OK, 0, null, true, 9, LocalDate.of(2022, 1, 1),
                "800", null);

        GenerationPlan plan = generation.plan(List.of(bigKeyAccount, lapsed("A", "30"), smallKeyAccount,
                lapsed("B", "40")), Set.of(), Map.of(), TODAY, AS_OF, GenerationOptions.defaults());

        assertThat(plan.tasks()).extracting(PlannedTask::customerKey).containsExactly("B", "A", "K", "J");
        assertThat(plan.tasks()).extracting(PlannedTask::reason).containsExactly(FollowUpReason.LAPSED,
                FollowUpReason.LAPSED, FollowUpReason.KEY_ACCOUNT_REVIEW, FollowUpReason.KEY_ACCOUNT_REVIEW);
    }
}
