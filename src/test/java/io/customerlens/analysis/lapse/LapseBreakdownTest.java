package io.customerlens.analysis.lapse;

import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.LineFact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.customerlens.analysis.lapse.LapseFixtures.analyse;
import static io.customerlens.analysis.lapse.LapseFixtures.buy;
import static io.customerlens.analysis.lapse.LapseFixtures.day;
import static io.customerlens.analysis.lapse.LapseFixtures.giveBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Lapsed customers by attribute: count, share of lapsed, lapse rate, lost monthly amount. */
class LapseBreakdownTest {

    private static final LocalDate AS_OF = day("2024-12-15");

    /*
     * N = 3, as-of Dec 2024.
     *   K1 Retail/North: 100 in each of Jan–Jun 2024, a return −60 in Mar, a return −500 in Aug (after the
     *      last purchase month). Lapsed (idle 6). Stake: months Jan–Jun (6, younger than 12): (600 − 60) / 6 = 90.
     *   K2 Retail/—: 1000 in each of Jun–Sep 2022, 10 in each of Oct 2022–Sep 2023. Lapsed (idle 15).
     *      Stake: the 12 months Oct 2022–Sep 2023 only: 120 / 12 = 10 (not (4000 + 120) / 16).
     *   K3 Wholesale/North: bought 2024-11-20. Not lapsed.
     *   K4 —/South: 50 on 2024-02-10, 70 on 2024-04-10. Lapsed (idle 8). Stake: Feb–Apr, 3 months (Mar empty
     *      counts): 120 / 3 = 40.
     *   K5 —/—: bought 2024-12-01. Not lapsed.
     * All lapsed: K1, K2, K4 = 3.
     */
    private static List<CustomerLapse> customers() {
        List<LineFact> lines = new ArrayList<>();
        for (int m = 1; m <= 6; m++) {
            lines.add(buy("K1", "2024-0" + m + "-05", "100"));
        }
        lines.add(giveBack("K1", "2024-03-20", "-60"));
        lines.add(giveBack("K1", "2024-08-20", "-500"));
        for (LocalDate d = day("2022-06-15"); d.isBefore(day("2023-10-01")); d = d.plusMonths(1)) {
            lines.add(buy("K2", d.toString(), d.isBefore(day("2022-10-01")) ? "1000" : "10"));
        }
        lines.add(buy("K3", "2024-11-20", "5"));
        lines.add(buy("K4", "2024-02-10", "50"));
        lines.add(buy("K4", "2024-04-10", "70"));
        lines.add(buy("K5", "2024-12-01", "5"));
        return analyse(PurchaseHistories.asOf(lines, AS_OF), AS_OF, 3);
    }

    private static CustomerInfo info(String type, String region) {
        return new CustomerInfo(null, null, type, region, null, null, null, null, null);
    }

    private static final Map<String, CustomerInfo> INFO = Map.of(
            "K1", info("Retail", "North"),
            "K2", info("Retail", null),
            "K3", info("Wholesale", "North"),
            "K4", info(null, "South"),
            "K5", info("  ", null));

    @Test
    void monthlyAmountAtStakeAveragesTheTwelveMonthsUpToTheLastPurchaseMonth() {
        List<CustomerLapse> customers = customers();

        assertThat(customers).extracting(CustomerLapse::customerKey).containsExactly("K1", "K2", "K3", "K4", "K5");
        assertThat(customers.get(0).monthlyAmountAtStake()).isEqualByComparingTo("90");
        assertThat(customers.get(1).monthlyAmountAtStake()).isEqualByComparingTo("10");
        assertThat(customers.get(3).monthlyAmountAtStake()).isEqualByComparingTo("40");
        assertThat(customers).extracting(CustomerLapse::lapsed).containsExactly(true, true, false, true, false);
    }

    @Test
    void byTypeGroupsTheMissingValuesTogether() {
        // Retail K1 K2: 2 customers, 2 lapsed, share 2/3, rate 1, lost 90 + 10 = 100
        // (none) K4 K5 (K5's blank type counts as none): 2, 1 lapsed, share 1/3, rate 1/2, lost 40
        // Wholesale K3: 1, 0, 0, 0, 0
        List<BreakdownRow> rows = LapseBreakdown.byAttribute(customers(), INFO::get).get(CustomerAttribute.TYPE);

        assertThat(rows).extracting(BreakdownRow::value).containsExactly("Retail", null, "Wholesale");
        assertRow(rows.get(0), 2, 2, 2.0 / 3, 1.0, "100");
        assertRow(rows.get(1), 2, 1, 1.0 / 3, 0.5, "40");
        assertRow(rows.get(2), 1, 0, 0.0, 0.0, "0");
    }

    @Test
    void rowsWithEqualLapsedCountsAreOrderedByLostAmount() {
        // North K1 K3: 2, 1, 1/3, 1/2, 90;  South K4: 1, 1, 1/3, 1, 40;  (none) K2 K5: 2, 1, 1/3, 1/2, 10
        List<BreakdownRow> rows = LapseBreakdown.byAttribute(customers(), INFO::get).get(CustomerAttribute.REGION);

        assertThat(rows).extracting(BreakdownRow::value).containsExactly("North", "South", null);
        assertRow(rows.get(0), 2, 1, 1.0 / 3, 0.5, "90");
        assertRow(rows.get(1), 1, 1, 1.0 / 3, 1.0, "40");
        assertRow(rows.get(2), 2, 1, 1.0 / 3, 0.5, "10");
    }

    @Test
    void attributeAbsentEverywhereHasNoTable() {
        Map<CustomerAttribute, List<BreakdownRow>> tables = LapseBreakdown.byAttribute(customers(), INFO::get);

        assertThat(tables).containsOnlyKeys(CustomerAttribute.TYPE, CustomerAttribute.REGION);
        assertThat(LapseBreakdown.byAttribute(customers(), key -> CustomerInfo.EMPTY)).isEmpty();
    }

    @Test
    void nobodyLapsedGivesShareZero() {
        // N = 24: nobody has been idle 24 months (K2 is idle 15)
        List<CustomerLapse> customers = analyse(customers().stream().map(CustomerLapse::history).toList(), AS_OF, 24);

        List<BreakdownRow> rows = LapseBreakdown.byAttribute(customers, INFO::get).get(CustomerAttribute.TYPE);

        assertThat(rows).extracting(BreakdownRow::value).containsExactlyInAnyOrder("Retail", null, "Wholesale");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.lapsed()).isZero();
            assertThat(row.shareOfLapsed()).isZero();
            assertThat(row.lostMonthly()).isEqualByComparingTo("0");
        });
    }

    private static void assertRow(BreakdownRow row, long customers, long lapsed, double share, double rate, String lost) {
        assertThat(row.customers()).isEqualTo(customers);
        assertThat(row.lapsed()).isEqualTo(lapsed);
        assertThat(row.shareOfLapsed()).isCloseTo(share, within(1e-12));
        assertThat(row.lapseRate()).isCloseTo(rate, within(1e-12));
        assertThat(row.lostMonthly()).isEqualByComparingTo(lost);
    }
}
