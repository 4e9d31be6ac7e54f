package io.customerlens.analysis.lapse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static io.customerlens.analysis.lapse.LapseFixtures.analyse;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.mi;
import static io.customerlens.analysis.lapse.LapseFixtures.months;
import static org.assertj.core.api.Assertions.assertThat;

/** The customers behind each cell of the movement table: the drill-down of "2024-03 流失". */
class MovementMembersTest {

    private static final LocalDate AS_OF = day("2024-08-20");

    /* The population of CustomerMovementTest; its hand-computed table for N = 2 names the customers of each cell. */
    private static List<CustomerLapse> windowTwo() {
        return analyse(List.of(
                months("A", "2024-01", "2024-02", "2024-03", "2024-08"),
                months("B", "2024-01", "2024-04", "2024-05"),
                months("C", "2024-02", "2024-03", "2024-05", "2024-06", "2024-07", "2024-08"),
                months("D", "2024-07"),
                months("E", "2024-01")), AS_OF, 2);
    }

    @ParameterizedTest(name = "N = 2, 2024-{0} {1}")
    @CsvSource({
            "1, ACTIVE, A B E",
            "1, NEW, A B E",
            "2, BASE, A B C E",
            "3, LOST, B E",
            "3, BASE, A C",
            "4, RETURNED, B",
            "5, LOST, A",
            "6, NEW, ''",
            "7, NEW, D",
            "7, LOST, B",
            "8, RETURNED, A",
            "8, BASE, A C D",
    })
    void eachCellNamesTheHandCountedCustomers(int month, MovementKind kind, String customers) {
        Set<String> expected = customers.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(customers.split(" ")));

        assertThat(CustomerMovement.members(windowTwo(), mi(2024, 8), mi(2024, month), kind)).isEqualTo(expected);
    }

    @Test
    void everyCellListsAsManyCustomersAsItCounts() {
        List<CustomerLapse> customers = windowTwo();
        for (MovementRow row : CustomerMovement.table(customers, mi(2024, 8))) {
            assertThat(count(customers, row, MovementKind.BASE)).isEqualTo(row.base());
            assertThat(count(customers, row, MovementKind.ACTIVE)).isEqualTo(row.active());
            assertThat(count(customers, row, MovementKind.NEW)).isEqualTo(row.newCustomers());
            assertThat(count(customers, row, MovementKind.RETURNED)).isEqualTo(row.returned());
            assertThat(count(customers, row, MovementKind.LOST)).isEqualTo(row.lost());
        }
    }

    private static long count(List<CustomerLapse> customers, MovementRow row, MovementKind kind) {
        return CustomerMovement.members(customers, mi(2024, 8), row.month(), kind).size();
    }
}
