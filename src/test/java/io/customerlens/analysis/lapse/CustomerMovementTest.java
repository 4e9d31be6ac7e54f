package io.customerlens.analysis.lapse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static io.customerlens.analysis.lapse.LapseFixtures.analyse;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.mi;
import static io.customerlens.analysis.lapse.LapseFixtures.months;
import static org.assertj.core.api.Assertions.assertThat;

/** DEFINITIONS: Customer movement (客户增减分析表). */
class CustomerMovementTest {

    private static final LocalDate AS_OF = day("2024-08-20");

    /*
     * Five customers, Jan–Aug 2024 (months 1..8), as-of Aug 2024.
     *   A: 1 2 3 . . . . 8   lapses (gap 4–7) and comes back in Aug
     *   B: 1 . . 4 5 . . .   short gap 2–3, then still lapsed at the as-of month (open gap 6–8)
     *   C: . 2 3 . 5 6 7 8   one empty month (4) only
     *   D: . . . . . . 7 .   new late
     *   E: 1 . . . . . . .   never back (open gap 2–8)
     */
    private static List<PurchaseHistory> population() {
        return List.of(
                months("A", "2024-01", "2024-02", "2024-03", "2024-08"),
                months("B", "2024-01", "2024-04", "2024-05"),
                months("C", "2024-02", "2024-03", "2024-05", "2024-06", "2024-07", "2024-08"),
                months("D", "2024-07"),
                months("E", "2024-01"));
    }

    /*
     * N = 2. Gaps ≥ 2 are episodes; lost in start + 1, returned in the month after the gap.
     *   A: 4–7 closed → lost 5, returned 8
     *   B: 2–3 closed → lost 3, returned 4; 6–8 open → lost 7
     *   C: 4 (1 month) → nothing.  D: 8 open, 1 month → nothing.  E: 2–8 open → lost 3
     * base: in from the first month while idle at month end < 2:
     *   A in 1 2 3 4, out 5 6 7, in 8;  B in 1 2, out 3, in 4 5 6, out 7 8;  C in 2..8;  D in 7 8;  E in 1 2
     *
     * month | active      | new   | lost | returned | base
     *   1   | A B E = 3   | 3     | 0    | 0        | A B E = 3       (0 + 3 + 0 − 0)
     *   2   | A C   = 2   | C = 1 | 0    | 0        | A B C E = 4     (3 + 1)
     *   3   | A C   = 2   | 0     | B E  | 0        | A C = 2         (4 − 2)
     *   4   | B     = 1   | 0     | 0    | B        | A B C = 3       (2 + 1)
     *   5   | B C   = 2   | 0     | A    | 0        | B C = 2         (3 − 1)
     *   6   | C     = 1   | 0     | 0    | 0        | B C = 2
     *   7   | C D   = 2   | D = 1 | B    | 0        | C D = 2         (2 + 1 − 1)
     *   8   | A C   = 2   | 0     | 0    | A        | A C D = 3       (2 + 1)
     */
    @ParameterizedTest(name = "N = 2, 2024-{0}")
    @CsvSource({
            "1, 3, 3, 0, 0, 3",
            "2, 2, 1, 0, 0, 4",
            "3, 2, 0, 2, 0, 2",
            "4, 1, 0, 0, 1, 3",
            "5, 2, 0, 1, 0, 2",
            "6, 1, 0, 0, 0, 2",
            "7, 2, 1, 1, 0, 2",
            "8, 2, 0, 0, 1, 3",
    })
    void handTableForWindowTwo(int month, long active, long fresh, long lost, long returned, long base) {
        List<MovementRow> table = CustomerMovement.table(analyse(population(), AS_OF, 2), mi(2024, 8));

        assertThat(table).hasSize(8);
        assertThat(table.get(month - 1)).isEqualTo(new MovementRow(mi(2024, month), active, fresh, lost, returned, base));
    }

    /*
     * N = 3. Episodes: A 4–7 (lost 6, returned 8); B 6–8 open (lost 8); E 2–8 open (lost 4); B's 2–3 is too short.
     * base (idle at month end < 3):
     *   A in 1..5, out 6 7, in 8;  B in 1..7, out 8;  C in 2..8;  D in 7 8;  E in 1 2 3, out from 4
     *
     * month | active | new | lost | returned | base
     *   1   | 3      | 3   | 0    | 0        | A B E = 3
     *   2   | 2      | 1   | 0    | 0        | A B C E = 4
     *   3   | 2      | 0   | 0    | 0        | A B C E = 4
     *   4   | 1      | 0   | E    | 0        | A B C = 3
     *   5   | 2      | 0   | 0    | 0        | A B C = 3
     *   6   | 1      | 0   | A    | 0        | B C = 2
     *   7   | 2      | 1   | 0    | 0        | B C D = 3
     *   8   | 2      | 0   | B    | A        | A C D = 3   (3 + 0 + 1 − 1)
     */
    @Test
    void handTableForWindowThree() {
        List<MovementRow> table = CustomerMovement.table(analyse(population(), AS_OF, 3), mi(2024, 8));

        assertThat(table).containsExactly(
                new MovementRow(mi(2024, 1), 3, 3, 0, 0, 3),
                new MovementRow(mi(2024, 2), 2, 1, 0, 0, 4),
                new MovementRow(mi(2024, 3), 2, 0, 0, 0, 4),
                new MovementRow(mi(2024, 4), 1, 0, 1, 0, 3),
                new MovementRow(mi(2024, 5), 2, 0, 0, 0, 3),
                new MovementRow(mi(2024, 6), 1, 0, 1, 0, 2),
                new MovementRow(mi(2024, 7), 2, 1, 0, 0, 3),
                new MovementRow(mi(2024, 8), 2, 0, 1, 1, 3));
    }

    @Test
    void noCustomersNoTable() {
        assertThat(CustomerMovement.table(List.of(), mi(2024, 8))).isEmpty();
    }

    @Test
    void tableStartsAtTheEarliestFirstPurchaseMonthAndEndsAtTheAsOfMonth() {
        // first purchase Nov 2023, as-of Feb 2024 → Nov, Dec, Jan, Feb
        List<MovementRow> table = CustomerMovement.table(
                analyse(List.of(months("X", "2023-11")), day("2024-02-10"), 3), mi(2024, 2));

        assertThat(table).extracting(MovementRow::yearMonth).containsExactly(
                java.time.YearMonth.of(2023, 11), java.time.YearMonth.of(2023, 12),
                java.time.YearMonth.of(2024, 1), java.time.YearMonth.of(2024, 2));
        // open gap Dec–Feb starts in Dec; its 3rd empty month, Feb, is when the customer is lost.
        // base: idle at month end Nov 0, Dec 1, Jan 2 (< 3, in), Feb 3 (out)
        assertThat(table).extracting(MovementRow::lost).containsExactly(0L, 0L, 0L, 1L);
        assertThat(table).extracting(MovementRow::base).containsExactly(1L, 1L, 1L, 0L);
    }

    /** base(m) = base(m − 1) + new(m) + returned(m) − lost(m), base(first − 1) = 0, over random histories. */
    @Test
    void invariantHoldsForRandomHistoriesAndEveryWindowOneToSix() {
        Random random = new Random(20240823L);
        LocalDate asOf = day("2024-06-15");
        int asOfMonth = mi(2024, 6);
        for (int round = 0; round < 20; round++) {
            List<PurchaseHistory> histories = new ArrayList<>();
            int customers = 1 + random.nextInt(40);
            for (int c = 0; c < customers; c++) {
                LocalDate first = asOf.withDayOfMonth(1).minusMonths(random.nextInt(36));
                double buyChance = 0.1 + 0.85 * random.nextDouble();
                TreeSet<LocalDate> days = new TreeSet<>();
                days.add(dayIn(first, random, asOf));
                for (LocalDate m = first.plusMonths(1); !m.isAfter(asOf); m = m.plusMonths(1)) {
                    if (random.nextDouble() < buyChance) {
                        days.add(dayIn(m, random, asOf));
                    }
                }
                histories.add(LapseFixtures.history("K" + c, days.stream().map(LocalDate::toString).toArray(String[]::new)));
            }
            for (int n = 1; n <= 6; n++) {
                List<MovementRow> table = CustomerMovement.table(analyse(histories, asOf, n), asOfMonth);
                long previousBase = 0;
                long previousMonth = table.getFirst().month() - 1;
                for (MovementRow row : table) {
                    assertThat(row.month()).isEqualTo(previousMonth + 1);
                    assertThat(row.base())
                            .as("round %d, N %d, month %s", round, n, row.yearMonth())
                            .isEqualTo(previousBase + row.newCustomers() + row.returned() - row.lost());
                    previousBase = row.base();
                    previousMonth = row.month();
                }
                assertThat(table.getLast().month()).isEqualTo(asOfMonth);
                // every customer is new exactly once
                assertThat(table.stream().mapToLong(MovementRow::newCustomers).sum()).isEqualTo(customers);
            }
        }
    }

    /** A random day of the month starting at {@code monthStart}, not after {@code asOf}. */
    private static LocalDate dayIn(LocalDate monthStart, Random random, LocalDate asOf) {
        LocalDate d = monthStart.plusDays(random.nextInt(28));
        return d.isAfter(asOf) ? monthStart : d;
    }
}
