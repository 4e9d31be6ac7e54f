package io.customerlens.analysis.risk;

import io.customerlens.analysis.risk.RiskFixtures.Customer;
import io.customerlens.analysis.risk.RiskFixtures.Line;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.customerlens.analysis.risk.RiskFixtures.epochDay;
import static io.customerlens.analysis.risk.RiskFixtures.restockingStore;
import static io.customerlens.analysis.risk.RiskFixtures.tracks;
import static io.customerlens.analysis.risk.RiskFixtures.tracksUpTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No feature at a cut-off reads a line after it, and no probability at an as-of date reads an outcome after it:
 * everything computed from the full tracks equals what is computed from tracks rebuilt from the lines up to the
 * date only.
 */
class NoLookAheadTest {

    private static final LocalDate FROM = LocalDate.parse("2022-01-01");

    /**
     * Messy random customers over 2022–2024: several lines a day, orders whose lines span two days, lines without
     * an order number (the day is the key), returns, lines without product or category, and a region.
     */
    private static List<Customer> messyCustomers(long seed, int count) {
        Random random = new Random(seed);
        int start = epochDay(FROM);
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Line> lines = new ArrayList<>();
            int day = start + random.nextInt(400);
            int orders = random.nextInt(40);
            for (int o = 0; o < orders && day < start + 3 * 365; o++) {
                String order = random.nextInt(5) == 0 ? Integer.toString(day) : "O" + c + "-" + o;
                int lineCount = 1 + random.nextInt(3);
                for (int l = 0; l < lineCount; l++) {
                    int lineDay = day + (l > 0 && random.nextInt(6) == 0 ? 1 : 0);
                    int product = random.nextInt(8) == 0 ? CustomerTrack.NONE : random.nextInt(30);
                    int category = product == CustomerTrack.NONE ? CustomerTrack.NONE : product % 6;
                    lines.add(new Line(lineDay, 5 + random.nextInt(300), true, order, product, category));
                }
                if (random.nextInt(6) == 0) {
                    lines.add(new Line(day + random.nextInt(20), -1 - random.nextInt(50), false, "R" + o,
                            random.nextInt(30), CustomerTrack.NONE));
                }
                day += 1 + random.nextInt(random.nextBoolean() ? 20 : 120);
            }
            lines.sort(java.util.Comparator.comparingInt(Line::day));
            String region = random.nextInt(4) == 0 ? null : List.of("north", "south", "east").get(random.nextInt(3));
            customers.add(new Customer("C" + c, java.util.Arrays.asList(region), lines));
        }
        return customers;
    }

    @Test
    void factsAndRowsAtACutoffReadNoLaterLine() {
        List<Customer> customers = messyCustomers(42L, 300);
        List<CustomerTrack> full = tracks(customers);
        FeatureSpace space = FeatureSpace.of(full, 1);
        assertThat(space.levels()).isNotEmpty();
        Random random = new Random(43L);
        int compared = 0;
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            CustomerTrack track = full.get(i);
            List<Integer> cutoffs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                cutoffs.add(epochDay(FROM) + random.nextInt(3 * 365 + 60));
            }
            // Cut-offs on a line's day and on the day before it: the boundaries.
            for (int k = 0; k < Math.min(4, customer.lines().size()); k++) {
                int lineDay = customer.lines().get(random.nextInt(customer.lines().size())).day();
                cutoffs.add(lineDay);
                cutoffs.add(lineDay - 1);
            }
            for (int cutoff : cutoffs) {
                CustomerTrack truncated = customer.upTo(cutoff);
                LocalDate date = LocalDate.ofEpochDay(cutoff);
                TrackFacts fromFull = TrackFacts.at(track, date);
                TrackFacts fromTruncated = TrackFacts.at(truncated, date);

                assertThat(fromFull).as("%s at %s", customer.key(), date).isEqualTo(fromTruncated);
                if (fromFull != null) {
                    assertThat(space.row(track, fromFull)).as("%s at %s", customer.key(), date)
                            .containsExactly(space.row(truncated, fromTruncated));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void examplesAtEarlierCutoffsReadNoLineAfterTheirOutcomeWindow() {
        List<Customer> customers = messyCustomers(44L, 300);
        List<CustomerTrack> full = tracks(customers);
        FeatureSpace space = FeatureSpace.of(full, 1);
        LocalDate asOf = LocalDate.parse("2024-03-31");
        List<CustomerTrack> truncated = tracksUpTo(customers, asOf);
        for (int step = 0; step < 12; step++) {
            LocalDate cutoff = asOf.minusMonths(3 + step);
            CutoffExamples a = new CutoffRowCache(full, space).examples(cutoff, 3);
            CutoffExamples b = new CutoffRowCache(truncated, space).examples(cutoff, 3);

            assertThat(a.size()).isPositive();
            assertThat(a.tracks).containsExactly(b.tracks);
            assertThat(a.events).containsExactly(b.events);
            assertThat(a.daysSinceLast).containsExactly(b.daysSinceLast);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.rows[i]).containsExactly(b.rows[i]);
            }
        }
    }

    @Test
    void probabilitiesAtAnAsOfDateReadNoLineAfterIt() {
        List<Customer> customers = restockingStore(99L, 300);
        LocalDate asOf = LocalDate.parse("2024-06-30");
        List<CustomerTrack> full = tracks(customers);
        List<CustomerTrack> truncated = tracksUpTo(customers, asOf);
        FeatureSpace space = FeatureSpace.of(full, 1);
        // The full tracks do go on after the as-of date: half a year of lines the learning must not see.
        assertThat(full.stream().mapToInt(CustomerTrack::lineCount).sum())
                .isGreaterThan(truncated.stream().mapToInt(CustomerTrack::lineCount).sum() + 1000);

        LapseRisk fromFull = new LapseRiskLearning().learn(full, space, asOf, 3);
        LapseRisk fromTruncated = new LapseRiskLearning().learn(truncated, space, asOf, 3);

        assertThat(fromFull.checks()).isEqualTo(fromTruncated.checks());
        assertThat(fromFull.checks().stream().filter(ValidationCheck::defined).count()).isEqualTo(6);
        assertThat(fromFull.ranking()).isEqualTo(fromTruncated.ranking());
        assertThat(fromFull.fallback()).isEqualTo(fromTruncated.fallback());
        assertThat(fromFull.modelBrier()).isEqualTo(fromTruncated.modelBrier());
        assertThat(fromFull.chosenBrier()).isEqualTo(fromTruncated.chosenBrier());
        assertThat(fromFull.reliability()).isEqualTo(fromTruncated.reliability());
        // 12 cut-offs to learn from and the latest one (A − H) to calibrate on
        assertThat(fromFull.trainingCutoffs()).isEqualTo(fromTruncated.trainingCutoffs()).isEqualTo(13);
        assertThat(fromFull.trainingExamples()).isEqualTo(fromTruncated.trainingExamples());
        assertThat(fromFull.customers()).hasSizeGreaterThan(200);
        assertThat(fromFull.customers().values()).allMatch(CustomerRisk::known);
        assertThat(fromFull.customers()).isEqualTo(fromTruncated.customers());
    }
}
