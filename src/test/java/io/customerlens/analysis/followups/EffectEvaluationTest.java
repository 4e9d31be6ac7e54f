package io.customerlens.analysis.followups;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.OutcomeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class EffectEvaluationTest {

    private static final LocalDate CONTACT = LocalDate.of(2024, 3, 1);
    private static final LocalDate G = LocalDate.of(2024, 2, 29);
    private static final int D = 30;

    private static LineFact buy(String key, String date, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return new LineFact(key, LocalDate.parse(date), value, value.signum() < 0, null);
    }

    private static Contact contact(long id, String key, String day, boolean winBack, FollowUpChannel channel,
                                   OutcomeReason code, String value) {
        return new Contact(id, key, LocalDate.parse(day), G, winBack, channel, code, "Wang", new BigDecimal(value));
    }

    private static Contact called(long id, String key, String day, String salesperson) {
        return new Contact(id, key, LocalDate.parse(day), G, true, FollowUpChannel.PHONE, null, salesperson,
                BigDecimal.TEN);
    }

    @ParameterizedTest(name = "purchase {0} days after the contact: {1}")
    @CsvSource({"-1, NOT_WON_BACK, ", "0, WON_BACK, 0", "1, WON_BACK, 1", "30, WON_BACK, 30", "31, NOT_WON_BACK, "})
    void aPurchaseOnTheContactDayUpToDayDWinsTheCustomerBack(int offset, WinBackState state, Integer days) {
        DailySales sales = DailySales.of(List.of(buy("A", CONTACT.plusDays(offset).toString(), "100")));

        ContactResult result = EffectEvaluation.judge(1, "A", CONTACT, sales, LocalDate.of(2024, 12, 31), D);

        assertThat(result.state()).isEqualTo(state);
        assertThat(result.daysToReorder()).isEqualTo(days);
        assertThat(result.recovered()).isEqualByComparingTo(state == WinBackState.WON_BACK ? "100" : "0");
    }

    @ParameterizedTest(name = "data up to {0} days after the contact: {1}")
    @CsvSource({"0, PENDING", "29, PENDING", "30, NOT_WON_BACK", "45, NOT_WON_BACK"})
    void withoutAPurchaseTheContactIsPendingUntilTheWindowHasPassed(int dataDays, WinBackState state) {
        DailySales sales = DailySales.of(List.of(buy("A", "2023-12-01", "100")));

        ContactResult result = EffectEvaluation.judge(1, "A", CONTACT, sales, CONTACT.plusDays(dataDays), D);

        assertThat(result.state()).isEqualTo(state);
    }

    @Test
    void returnsInTheWindowLowerTheRecoveredAmountButNeverWinACustomerBack() {
        DailySales onlyReturn = DailySales.of(List.of(buy("A", "2024-03-05", "-40")));
        DailySales both = DailySales.of(List.of(buy("A", "2024-03-05", "100"), buy("A", "2024-03-09", "-40"),
                buy("A", "2024-04-05", "999")));

        assertThat(EffectEvaluation.judge(1, "A", CONTACT, onlyReturn, LocalDate.of(2024, 12, 31), D).state())
                .isEqualTo(WinBackState.NOT_WON_BACK);
        ContactResult result = EffectEvaluation.judge(1, "A", CONTACT, both, LocalDate.of(2024, 12, 31), D);
        assertThat(result.daysToReorder()).isEqualTo(4);
        assertThat(result.recovered()).isEqualByComparingTo("60");
    }

    /**
     * Contacted (tasks made at G = 02-29): A 03-01 (buys 03-10 for 100, returns 20 on 03-15: won, 9 days, 80),
     * B 03-02 (buys 04-01, day 30: won, 30 days, 50), C 03-03 and D 03-05 (no purchase): 2 of 4 = 0.5.
     * A's second call on 03-20 is inside the first one's window: not evaluated again.
     * Reference R = the lower median of 03-01, 03-02, 03-03, 03-05 = 03-02; period G … R + 30 = 04-01.
     * Comparison (lapsed or at risk at G, no contact in the period; X had a key-account call on 03-20):
     * E buys 03-02 (day 0: won), F 04-01 (day 30: won), G1 04-02 (day 31: no), H only 02-15 (before: no), I none:
     * 2 of 5 = 0.4. Uplift = 0.5 − 0.4 = 0.1.
     */
    @Test
    void upliftIsTheContactedRateMinusTheComparisonRate() {
        List<LineFact> lines = List.of(buy("A", "2024-03-10", "100"), buy("A", "2024-03-15", "-20"),
                buy("B", "2024-04-01", "50"), buy("C", "2023-10-01", "10"), buy("E", "2024-03-02", "70"),
                buy("F", "2024-04-01", "80"), buy("G1", "2024-04-02", "90"), buy("H", "2024-02-15", "10"),
                buy("I", "2023-09-01", "10"), buy("Z", "2024-06-30", "1"));
        List<Contact> contacts = new ArrayList<>(List.of(
                contact(1, "A", "2024-03-01", true, FollowUpChannel.PHONE, OutcomeReason.PRICE, "100"),
                contact(2, "B", "2024-03-02", true, FollowUpChannel.VISIT, OutcomeReason.PRICE, "50"),
                contact(3, "C", "2024-03-03", true, FollowUpChannel.PHONE, OutcomeReason.PRICE, "30"),
                contact(4, "D", "2024-03-05", true, FollowUpChannel.PHONE, null, "20"),
                contact(5, "A", "2024-03-20", true, FollowUpChannel.PHONE, OutcomeReason.WILL_ORDER, "100"),
                contact(6, "X", "2024-03-20", false, FollowUpChannel.VISIT, OutcomeReason.SERVICE, "500")));
        Set<String> eligible = Set.of("A", "B", "C", "D", "E", "F", "G1", "H", "I", "X");

        EffectReport report = new EffectEvaluation().evaluate(contacts, DailySales.of(lines),
                basis -> basis.equals(G) ? eligible : Set.of(), key -> "Wang", LocalDate.of(2024, 6, 30), D);

        assertThat(report.contacted()).isEqualTo(new EffectFigures(4, 2, 0, new BigDecimal("130"), 19.5));
        assertThat(report.comparison().customers()).isEqualTo(5);
        assertThat(report.comparison().wonBack()).isEqualTo(2);
        assertThat(report.comparison().recovered()).isEqualByComparingTo("150");
        assertThat(report.comparison().medianDaysToReorder()).isEqualTo(15.0);
        assertThat(report.uplift()).isCloseTo(0.1, within(1e-12));
        assertThat(report.contacts()).extracting(ContactResult::taskId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(report.byChannel()).extracting(EffectRow::group).containsExactly("PHONE", "VISIT");
        assertThat(report.byChannel().get(0).uplift()).isCloseTo(1 / 3.0 - 0.4, within(1e-12));
        assertThat(report.byChannel().get(1).uplift()).isCloseTo(0.6, within(1e-12));
        assertThat(report.byReasonCode()).extracting(EffectRow::group).containsExactly("PRICE", null);
        assertThat(report.bySalesperson()).extracting(row -> row.figures().customers()).containsExactly(4L);
        assertThat(report.bySalesperson().getFirst().comparisonRate()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * The same contacts and comparison group as above, split between two salespeople: Wang called A and B
     * (both won back: 1.0) and his not-called E and F came back too (1.0): uplift 0. Li called C and D (0 of 2)
     * and his not-called G1, H and I did not come back (0 of 3): uplift 0. Against the whole group (0.4) Wang
     * would show +0.6 and Li −0.4 — the calls would get the credit for Wang's customers coming back anyway.
     */
    @Test
    void aSalespersonIsComparedWithTheirOwnNotCalledCustomers() {
        Map<String, String> salespeople = Map.of("A", "Wang", "B", "Wang", "E", "Wang", "F", "Wang",
                "C", "Li", "D", "Li", "G1", "Li", "H", "Li", "I", "Li");
        List<LineFact> lines = List.of(buy("A", "2024-03-10", "100"), buy("B", "2024-04-01", "50"),
                buy("E", "2024-03-02", "70"), buy("F", "2024-04-01", "80"), buy("G1", "2024-04-02", "90"),
                buy("H", "2024-02-15", "10"), buy("Z", "2024-06-30", "1"));
        List<Contact> contacts = List.of(
                called(1, "A", "2024-03-01", "Wang"),
                called(2, "B", "2024-03-02", "Wang"),
                called(3, "C", "2024-03-03", "Li"),
                called(4, "D", "2024-03-05", "Li"));

        EffectReport report = new EffectEvaluation().evaluate(contacts, DailySales.of(lines),
                basis -> salespeople.keySet(), salespeople::get, LocalDate.of(2024, 6, 30), D);

        assertThat(report.uplift()).isCloseTo(0.5 - 0.4, within(1e-12));
        assertThat(report.bySalesperson()).extracting(EffectRow::group, row -> row.figures().rate(),
                EffectRow::comparisonRate, EffectRow::uplift)
                .containsExactlyInAnyOrder(tuple("Wang", 1.0, 1.0, 0.0), tuple("Li", 0.0, 0.0, 0.0));
        assertThat(report.byChannel().getFirst().comparisonRate()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void withoutComparisonCustomersTheUpliftIsUndefined() {
        List<Contact> contacts = List.of(contact(1, "A", "2024-03-01", true, FollowUpChannel.PHONE, null, "1"));

        EffectReport report = new EffectEvaluation().evaluate(contacts, DailySales.of(List.of()), basis -> Set.of("A"),
                key -> "Wang", LocalDate.of(2024, 6, 30), D);

        assertThat(report.contacted().rate()).isZero();
        assertThat(report.comparison().customers()).isZero();
        assertThat(report.uplift()).isNaN();
    }

    @Test
    void aCallAfterTheWindowOfTheFirstIsANewEffort() {
        List<Contact> contacts = List.of(
                contact(1, "A", "2024-03-01", true, FollowUpChannel.PHONE, null, "1"),
                contact(2, "A", "2024-03-31", true, FollowUpChannel.PHONE, null, "1"),
                contact(3, "A", "2024-04-01", true, FollowUpChannel.PHONE, null, "1"),
                contact(4, "B", "2024-03-01", false, FollowUpChannel.PHONE, null, "1"));

        assertThat(EffectEvaluation.firstOfEachEffort(contacts, D)).extracting(Contact::taskId).containsExactly(1L, 3L);
    }

    @Test
    void reasonStatisticsCountEachCustomersLatestReasonWithItsValueAtStake() {
        List<Contact> contacts = List.of(
                contact(1, "A", "2024-03-01", true, FollowUpChannel.PHONE, OutcomeReason.PRICE, "100"),
                contact(2, "B", "2024-03-02", true, FollowUpChannel.VISIT, OutcomeReason.PRICE, "50"),
                contact(3, "C", "2024-03-03", true, FollowUpChannel.PHONE, OutcomeReason.PRICE, "30"),
                contact(4, "D", "2024-03-05", true, FollowUpChannel.PHONE, null, "20"),
                contact(5, "A", "2024-03-20", true, FollowUpChannel.PHONE, OutcomeReason.WILL_ORDER, "100"),
                contact(6, "X", "2024-03-20", false, FollowUpChannel.VISIT, OutcomeReason.SERVICE, "500"));

        List<ReasonStat> stats = ReasonStats.of(contacts);

        assertThat(stats).hasSize(OutcomeReason.values().length);
        assertThat(stats.subList(0, 4)).extracting(ReasonStat::reason, ReasonStat::customers).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutcomeReason.PRICE, 2L),
                org.assertj.core.groups.Tuple.tuple(OutcomeReason.SERVICE, 1L),
                org.assertj.core.groups.Tuple.tuple(OutcomeReason.WILL_ORDER, 1L),
                org.assertj.core.groups.Tuple.tuple(OutcomeReason.NEEDS_TIME, 0L));
        // The drill-down opens exactly the customers counted: A moved on to "will order", so PRICE is B and C.
        assertThat(stats.get(0).customerKeys()).containsExactlyInAnyOrder("B", "C");
        assertThat(stats.get(1).customerKeys()).containsExactly("X");
        assertThat(stats.get(2).customerKeys()).containsExactly("A");
        assertThat(stats.get(0).lostAmount()).isEqualByComparingTo("80");
        assertThat(stats.get(1).lostAmount()).isEqualByComparingTo("500");
    }
}
