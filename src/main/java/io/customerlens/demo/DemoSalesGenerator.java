package io.customerlens.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Turns the visit calendar into exactly the requested number of lines, in date order. Each visit draws
 * a basket size; the requested total is then spread over the visits in proportion to those sizes
 * (a visit whose share rounds to nothing simply does not happen), so the count is exact for any size.
 */
final class DemoSalesGenerator {

    /** About how many lines one shop produces over two years; sets the number of shops. */
    private static final int LINES_PER_SHOP = 140;
    private static final int MIN_SHOPS = 12;
    /** Basket sizes 1..6 with these weights (percent). */
    private static final int[] BASKET_SIZE_PERCENT = {25, 25, 20, 15, 10, 5};
    private static final int RETURN_PER_THOUSAND = 12;
    private static final DateTimeFormatter ORDER_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final int lines;
    private final RandomGenerator random;
    private final List<DemoShop> shops;
    private final long[] visits;

    DemoSalesGenerator(int lines, long seed, LocalDate firstDay, LocalDate lastDay) {
        this.lines = lines;
        this.random = new SplittableRandom(seed);
        int shopCount = Math.max(MIN_SHOPS, (lines + LINES_PER_SHOP - 1) / LINES_PER_SHOP);
        this.shops = new ShopFactory(random, firstDay.toEpochDay(), lastDay.toEpochDay()).create(shopCount);
        this.visits = OrderCalendar.visits(shops, firstDay.toEpochDay(), lastDay.toEpochDay(), random);
    }

    /** Emits every line, in date order, and sums them up. */
    DemoSummary generate(Consumer<DemoLine> sink) {
        byte[] basketSizes = new byte[visits.length];
        long weightTotal = 0;
        for (int i = 0; i < visits.length; i++) {
            basketSizes[i] = (byte) basketSize();
            weightTotal += basketSizes[i];
        }
        Totals totals = new Totals(shops.size());
        long weightSoFar = 0;
        long linesSoFar = 0;
        long currentDay = Long.MIN_VALUE;
        int orderOfDay = 0;
        for (int i = 0; i < visits.length && weightTotal > 0; i++) {
            weightSoFar += basketSizes[i];
            long linesAfter = lines * weightSoFar / weightTotal;
            int lineCount = (int) (linesAfter - linesSoFar);
            linesSoFar = linesAfter;
            if (lineCount == 0) {
                continue;
            }
            long day = OrderCalendar.day(visits[i]);
            orderOfDay = day == currentDay ? orderOfDay + 1 : 1;
            currentDay = day;
            int shopIndex = OrderCalendar.shop(visits[i]);
            emitOrder(LocalDate.ofEpochDay(day), orderOfDay, shopIndex, lineCount, totals, sink);
        }
        return totals.summary();
    }

    private void emitOrder(LocalDate date, int orderOfDay, int shopIndex, int lineCount, Totals totals,
                           Consumer<DemoLine> sink) {
        DemoShop shop = shops.get(shopIndex);
        boolean isReturn = totals.hasBought(shopIndex) && random.nextInt(1000) < RETURN_PER_THOUSAND;
        String orderNo = (isReturn ? "XT" : "XS") + date.format(ORDER_DAY) + "-%04d".formatted(orderOfDay);
        for (DemoProduct product : products(shop, lineCount)) {
            ShopType type = shop.type();
            int quantity = isReturn ? -random.nextInt(1, 4)
                    : random.nextInt(type.minQuantity(), type.maxQuantity() + 1);
            long price = type.priceFen(product.listPriceFen());
            DemoLine line = new DemoLine(date, orderNo, shop, product, quantity, price, quantity * price);
            totals.add(shopIndex, line);
            sink.accept(line);
        }
    }

    /**
     * Distinct products, so no two lines of an order are the same line; from the shop's basket when it
     * is big enough. Only an order longer than the whole catalogue (never at sane sizes) repeats one.
     */
    private List<DemoProduct> products(DemoShop shop, int count) {
        List<DemoProduct> pool = new ArrayList<>(count <= shop.basket().size() ? shop.basket() : DemoCatalog.PRODUCTS);
        int distinct = Math.min(count, pool.size());
        RandomDraws.shuffleFront(pool, distinct, random);
        List<DemoProduct> chosen = new ArrayList<>(pool.subList(0, distinct));
        while (chosen.size() < count) {
            chosen.add(RandomDraws.pick(pool, random));
        }
        return chosen;
    }

    private int basketSize() {
        int roll = random.nextInt(100);
        for (int size = 0; size < BASKET_SIZE_PERCENT.length; size++) {
            roll -= BASKET_SIZE_PERCENT[size];
            if (roll < 0) {
                return size + 1;
            }
        }
        return BASKET_SIZE_PERCENT.length;
    }

    /** Running totals over the emitted lines. */
    private static final class Totals {
        private final boolean[] bought;
        private int lines;
        private int customers;
        private long quantity;
        private long amountFen;
        private LocalDate first;
        private LocalDate last;

        Totals(int shops) {
            this.bought = new boolean[shops];
        }

        boolean hasBought(int shop) {
            return bought[shop];
        }

        void add(int shop, DemoLine line) {
            lines++;
            quantity += line.quantity();
            amountFen += line.amountFen();
            if (line.amountFen() > 0 && !bought[shop]) {
                bought[shop] = true;
                customers++;
            }
            first = first == null ? line.date() : first;
            last = line.date();
        }

        DemoSummary summary() {
            return new DemoSummary(lines, customers, first, last, quantity, BigDecimal.valueOf(amountFen, 2));
        }
    }
}
