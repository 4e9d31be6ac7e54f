package io.customerlens.demo;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every restocking visit of every shop over the period, in date order. A visit is packed into one long
 * (epoch day in the high bits, shop index in the low {@value #SHOP_BITS}) so a million-line year costs a
 * few megabytes, not a few hundred thousand objects.
 */
final class OrderCalendar {

    static final int SHOP_BITS = 24;
    private static final long SHOP_MASK = (1L << SHOP_BITS) - 1;
    /** Share of visits skipped in the Spring Festival weeks, and of ordinary visits simply missed. */
    private static final int FESTIVAL_SKIP_PERCENT = 75;
    private static final int MISSED_VISIT_PERCENT = 5;

    private OrderCalendar() {
    }

    static long[] visits(List<DemoShop> shops, long firstDay, long lastDay, RandomGenerator random) {
        if (shops.size() > SHOP_MASK) {
            throw new IllegalArgumentException("too many shops: " + shops.size());
        }
        long[] visits = new long[1024];
        int count = 0;
        for (int shopIndex = 0; shopIndex < shops.size(); shopIndex++) {
            DemoShop shop = shops.get(shopIndex);
            DemoShop.Cadence cadence = shop.cadence();
            long day = firstDay + random.nextInt(cadence.periodDays());
            while (day <= lastDay) {
                if (shop.activeDays().isActive(day) && !skipped(day, random)) {
                    if (count == visits.length) {
                        visits = Arrays.copyOf(visits, count * 2);
                    }
                    visits[count++] = (day << SHOP_BITS) | shopIndex;
                }
                day += cadence.periodDays() + random.nextInt(-cadence.jitterDays(), cadence.jitterDays() + 1);
            }
        }
        long[] result = Arrays.copyOf(visits, count);
        Arrays.sort(result);
        return result;
    }

    static long day(long visit) {
        return visit >>> SHOP_BITS;
    }

    static int shop(long visit) {
        return (int) (visit & SHOP_MASK);
    }

    private static boolean skipped(long day, RandomGenerator random) {
        int percent = SpringFestival.isInDip(day) ? FESTIVAL_SKIP_PERCENT : MISSED_VISIT_PERCENT;
        return random.nextInt(100) < percent;
    }
}
