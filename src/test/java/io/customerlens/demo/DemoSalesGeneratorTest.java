package io.customerlens.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSalesGeneratorTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 37, 999, 20_000})
    void emitsExactlyTheRequestedNumberOfLines(int lines) {
        assertThat(generate(lines, 3)).hasSize(lines);
    }

    @Test
    void linesAreInDateOrderWithinTheFixedPeriod() {
        List<DemoLine> lines = generate(5_000, 11);
        assertThat(lines).extracting(DemoLine::date).isSorted()
                .allMatch(day -> !day.isBefore(DemoWorkbook.FIRST_DAY) && !day.isAfter(DemoWorkbook.LAST_DAY));
    }

    @Test
    void fewerLinesInTheWeeksAroundSpringFestival() {
        List<DemoLine> lines = generate(50_000, 5);
        LocalDate festival = LocalDate.of(2025, 1, 29);
        LocalDate dipStart = festival.minusDays(SpringFestival.DIP_DAYS_BEFORE);
        int days = SpringFestival.DIP_DAYS_BEFORE + SpringFestival.DIP_DAYS_AFTER + 1;

        long inDip = countBetween(lines, dipStart, days);
        long before = countBetween(lines, dipStart.minusDays(5L * days), days);
        long after = countBetween(lines, dipStart.plusDays(4L * days), days);

        assertThat(inDip).isLessThan((before + after) / 4);
    }

    @Test
    void returnsAreNegativeAndNeverTheShopsFirstLine() {
        List<DemoLine> lines = generate(20_000, 9);
        List<String> seen = new ArrayList<>();
        int returns = 0;
        for (DemoLine line : lines) {
            if (line.orderNo().startsWith("XT")) {
                returns++;
                assertThat(line.quantity()).isNegative();
                assertThat(line.amountFen()).isNegative();
                assertThat(seen).contains(line.shop().code());
            } else {
                assertThat(line.amountFen()).isPositive();
                seen.add(line.shop().code());
            }
        }
        // Without any return line the checks above would have nothing to check.
        assertThat(returns).isPositive();
    }

    private static long countBetween(List<DemoLine> lines, LocalDate from, int days) {
        return lines.stream().filter(line -> {
            long offset = ChronoUnit.DAYS.between(from, line.date());
            return offset >= 0 && offset < days;
        }).count();
    }

    private static List<DemoLine> generate(int count, long seed) {
        List<DemoLine> lines = new ArrayList<>();
        new DemoSalesGenerator(count, seed, DemoWorkbook.FIRST_DAY, DemoWorkbook.LAST_DAY).generate(lines::add);
        return lines;
    }
}
