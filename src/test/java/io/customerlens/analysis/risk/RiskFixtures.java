package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/** Seeded synthetic stores shared by the risk tests. Expectations are never computed with them, only inputs. */
final class RiskFixtures {

    private RiskFixtures() {
    }

    /** One line as CustomerTrack.Builder#add takes it. */
    record Line(int day, double amount, boolean purchase, String order, int product, int category) {
    }

    /** A customer's lines by date, from which a track of all of them or of those up to a day is built. */
    record Customer(String key, List<String> attributes, List<Line> lines) {

        CustomerTrack track() {
            return upTo(Integer.MAX_VALUE);
        }

        /** The track rebuilt from the lines on or before {@code day} only. */
        CustomerTrack upTo(int day) {
            CustomerTrack.Builder builder = CustomerTrack.builder(key, attributes);
            for (Line line : lines) {
                if (line.day() <= day) {
                    builder.add(line.day(), line.amount(), line.purchase(), line.order(), line.product(),
                            line.category());
                }
            }
            return builder.build();
        }
    }

    static int epochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    static List<CustomerTrack> tracks(List<Customer> customers) {
        return customers.stream().map(Customer::track).toList();
    }

    static List<CustomerTrack> tracksUpTo(List<Customer> customers, LocalDate day) {
        return customers.stream().map(customer -> customer.upTo(epochDay(day))).toList();
    }

    static final LocalDate STORE_START = LocalDate.parse("2021-01-01");
    static final LocalDate STORE_END = LocalDate.parse("2024-12-31");
    static final List<String> REGIONS = List.of("north", "south", "east", "west");

    /**
     * A wholesale store over four years (2021–2024): shops restocking at their own steady interval (7–60 days,
     * ±10 % jitter) a few products each from a catalogue of 40 (8 categories). Half the shops stop for good at a
     * random day (some only after the data ends), slowing down first: over the 150–240 days before they stop their
     * intervals grow up to five times and they buy one product only. February orders are skipped half the time (a
     * seasonal trough). 5 % of orders see a return a few days later. Most shops are there from the start; a third
     * join over the first three years.
     */
    static List<Customer> restockingStore(long seed, int shops) {
        Random random = new Random(seed);
        int start = epochDay(STORE_START);
        int end = epochDay(STORE_END);
        List<Customer> customers = new ArrayList<>();
        for (int c = 0; c < shops; c++) {
            int join = random.nextInt(3) == 0 ? start + random.nextInt(3 * 365) : start + random.nextInt(60);
            double interval = 7 + random.nextInt(54);
            int stop = Integer.MAX_VALUE;
            int slowFrom = Integer.MAX_VALUE;
            if (random.nextDouble() < 0.5) {
                stop = join + 120 + random.nextInt(Math.max(1, end + 365 - join - 120));
                slowFrom = stop - 150 - random.nextInt(91);
            }
            List<Integer> range = new ArrayList<>(new LinkedHashSet<>(List.of(
                    random.nextInt(40), random.nextInt(40), random.nextInt(40), random.nextInt(40),
                    random.nextInt(40), random.nextInt(40))).stream().limit(2 + random.nextInt(5)).toList());
            List<Line> lines = new ArrayList<>();
            int orderNumber = 0;
            double day = join;
            while (day <= end && day < stop) {
                int orderDay = (int) day;
                boolean slowing = orderDay >= slowFrom;
                double progress = slowing ? Math.min(1.0, (orderDay - slowFrom) / (double) (stop - slowFrom)) : 0;
                boolean skipped = LocalDate.ofEpochDay(orderDay).getMonth() == Month.FEBRUARY && random.nextBoolean();
                if (!skipped) {
                    String order = "S" + c + "-" + orderNumber++;
                    int products = slowing ? 1 : 1 + random.nextInt(range.size());
                    for (int p = 0; p < products; p++) {
                        int product = range.get(p);
                        lines.add(new Line(orderDay, 20 + random.nextInt(180), true, order, product, product % 8));
                    }
                    if (random.nextDouble() < 0.05) {
                        int product = range.getFirst();
                        lines.add(new Line(Math.min(end, orderDay + 1 + random.nextInt(10)), -10 - random.nextInt(20),
                                false, "R" + order, product, product % 8));
                    }
                }
                double factor = 1 + 4 * progress;
                day += Math.max(1, interval * factor * (1 + 0.1 * random.nextGaussian()));
            }
            lines.sort(Comparator.comparingInt(Line::day));
            customers.add(new Customer("S" + c, List.of(REGIONS.get(random.nextInt(REGIONS.size()))), lines));
        }
        return customers;
    }

    /**
     * A store where nothing but silence says anything: every customer buys at the same Poisson rate (one purchase
     * day per 30 days on average) and stops for good at a constant hazard (mean two years) — memoryless both, so
     * the chance that a customer is gone depends only on the days since the last purchase.
     */
    static List<Customer> poissonStore(long seed, int customers) {
        Random random = new Random(seed);
        int start = epochDay(STORE_START);
        int end = epochDay(STORE_END);
        List<Customer> result = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            int join = start + random.nextInt(2 * 365);
            double stop = join - 730 * Math.log(1 - random.nextDouble());
            List<Line> lines = new ArrayList<>();
            double day = join;
            int orderNumber = 0;
            while (true) {
                day += -30 * Math.log(1 - random.nextDouble());
                if (day > end || day >= stop) {
                    break;
                }
                int product = random.nextInt(20);
                lines.add(new Line((int) day, 20 + random.nextInt(180), true, "P" + c + "-" + orderNumber++, product,
                        product % 5));
            }
            result.add(new Customer("P" + c, List.of(REGIONS.get(random.nextInt(REGIONS.size()))), lines));
        }
        return result;
    }
}
