package io.customerlens.analysis;

import io.customerlens.domain.CustomerSummary;
import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 23);
    private final CustomerAnalysis analysis = new CustomerAnalysis();

    private static LineFact line(String customer, String date, String amount, String orderNo) {
        BigDecimal value = new BigDecimal(amount);
        return new LineFact(customer, LocalDate.parse(date), value, value.signum() < 0, orderNo);
    }

    @Test
    void summaryAddsNetAmountOrdersAndPurchaseDates() {
        List<LineFact> lines = List.of(
                line("C1", "2024-01-10", "100.00", "SO-1"),
                line("C1", "2024-01-10", "50.00", "SO-1"),
                line("C1", "2024-08-31", "30.00", "SO-2"),
                line("C1", "2024-09-15", "-20.00", "SO-3"));

        CustomerSummary summary = analysis.summarize(lines, AS_OF).getFirst();

        // the return lowers the net amount but is neither the last purchase nor an order
        assertThat(summary).isEqualTo(new CustomerSummary("C1", LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 8, 31), 2, new BigDecimal("160.00"), 84, 3));
    }

    @Test
    void withoutOrderNumbersAnOrderIsOneCustomerDay() {
        List<LineFact> lines = List.of(
                line("C1", "2024-03-01", "10", null),
                line("C1", "2024-03-01", "20", null),
                line("C1", "2024-03-02", "30", null),
                line("C2", "2024-03-01", "40", null));

        List<CustomerSummary> summaries = analysis.summarize(lines, AS_OF);

        assertThat(summaries).extracting(CustomerSummary::customerKey, CustomerSummary::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", 2L),
                        org.assertj.core.groups.Tuple.tuple("C2", 1L));
    }

    @Test
    void linesAfterAsOfAndKeylessLinesAreIgnored() {
        List<LineFact> lines = List.of(
                line("C1", "2024-11-01", "10", "A"),
                line("C1", "2024-11-24", "99", "B"),
                line(null, "2024-11-20", "500", "C"));

        CustomerSummary summary = analysis.summarize(lines, AS_OF).getFirst();

        assertThat(summary.lastPurchase()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(summary.netAmount()).isEqualByComparingTo("10");
        assertThat(summary.orders()).isEqualTo(1);
    }

    @Test
    void customerWithOnlyReturnsHasNoSummary() {
        List<LineFact> lines = List.of(line("C1", "2024-05-01", "-10", "R1"));

        assertThat(analysis.summarize(lines, AS_OF)).isEmpty();
    }

    @Test
    void cancellationWithPositiveAmountIsNotAPurchase() {
        LineFact cancellation = new LineFact("C1", LocalDate.of(2024, 6, 1), new BigDecimal("5"), true, "C123");
        List<LineFact> lines = List.of(line("C1", "2024-05-01", "10", "A"), cancellation);

        CustomerSummary summary = analysis.summarize(lines, AS_OF).getFirst();

        assertThat(summary.lastPurchase()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(summary.orders()).isEqualTo(1);
    }

    @Test
    void defaultAsOfIsLatestLineIncludingReturnsAndKeylessLines() {
        List<LineFact> lines = List.of(
                line("C1", "2024-05-01", "10", "A"),
                line("C1", "2024-06-01", "-10", "R"),
                line(null, "2024-07-01", "10", "X"));

        assertThat(analysis.defaultAsOf(lines)).contains(LocalDate.of(2024, 7, 1));
        assertThat(analysis.defaultAsOf(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "last {0}, as of {1}: idle {2} months, {3} days")
    @CsvSource({
            "2024-08-31, 2024-11-23, 3, 84",
            "2024-11-01, 2024-11-23, 0, 22",
            "2024-10-31, 2024-11-01, 1, 1",
            "2023-12-31, 2024-01-01, 1, 1",
            "2023-11-23, 2024-11-23, 12, 366",
            "2024-02-29, 2024-03-01, 1, 1",
    })
    void idleMonthsCountCalendarMonthsAndDaysCountDays(String last, String asOf, int idle, long days) {
        LocalDate asOfDate = LocalDate.parse(asOf);
        CustomerSummary summary = analysis.summarize(List.of(line("C", last, "1", "o")), asOfDate).getFirst();

        assertThat(summary.idleMonths()).isEqualTo(idle);
        assertThat(summary.daysSinceLast()).isEqualTo(days);
    }
}
