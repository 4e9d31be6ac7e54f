package io.customerlens.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes the demo customers. Shares of the population: 30 % restock weekly, 40 % every two weeks,
 * 30 % monthly; 15 % start trading during the period, 18 % stop (lapse) and 7 % stop and come back.
 */
final class ShopFactory {

    private static final int LATE_JOINER_PERCENT = 15;
    private static final int LAPSED_PERCENT = 18;
    private static final int WIN_BACK_PERCENT = 7;

    private final RandomGenerator random;
    private final long firstDay;
    private final long lastDay;

    ShopFactory(RandomGenerator random, long firstDay, long lastDay) {
        this.random = random;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    List<DemoShop> create(int count) {
        int[] roleOrder = shuffledIndexes(count);
        int lapsed = Math.max(1, count * LAPSED_PERCENT / 100);
        int winBack = Math.max(1, count * WIN_BACK_PERCENT / 100);
        int lateJoiners = count * LATE_JOINER_PERCENT / 100;
        Role[] roles = new Role[count];
        for (int position = 0; position < count; position++) {
            Role role = position < lapsed ? Role.LAPSED
                    : position < lapsed + winBack ? Role.WIN_BACK
                    : position < lapsed + winBack + lateJoiners ? Role.LATE_JOINER
                    : Role.STEADY;
            roles[roleOrder[position]] = role;
        }
        List<DemoShop> shops = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            shops.add(shop(index, roles[index]));
        }
        return shops;
    }

    private enum Role { STEADY, LATE_JOINER, LAPSED, WIN_BACK }

    private DemoShop shop(int index, Role role) {
        ShopType type = pickType();
        DemoCatalog.City city = RandomDraws.pick(DemoCatalog.CITIES, random);
        String salesperson = RandomDraws.pick(DemoCatalog.salespeopleOf(city.region()), random);
        String code = "KH%05d".formatted(index + 1);
        return new DemoShop(code, new ShopNames(random).name(type, city), type, city, salesperson,
                basket(type), cadence(), activeDays(role));
    }

    private ShopType pickType() {
        int roll = random.nextInt(100);
        for (ShopType type : ShopType.values()) {
            roll -= type.sharePercent();
            if (roll < 0) {
                return type;
            }
        }
        return ShopType.CONVENIENCE;
    }

    /** Restaurants buy staples, drinks and liquor; the other shops a mix of the whole catalogue. */
    private List<DemoProduct> basket(ShopType type) {
        List<DemoProduct> candidates = new ArrayList<>(DemoCatalog.PRODUCTS);
        if (type == ShopType.RESTAURANT) {
            candidates.removeIf(p -> !List.of("粮油调味", "饮料", "酒类").contains(p.category()));
        }
        int size = Math.min(candidates.size(), random.nextInt(8, 21));
        RandomDraws.shuffleFront(candidates, size, random);
        return candidates.subList(0, size);
    }

    private DemoShop.Cadence cadence() {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return new DemoShop.Cadence(7, 1);
        }
        return roll < 70 ? new DemoShop.Cadence(14, 2) : new DemoShop.Cadence(30, 4);
    }

    /** Lapses leave at least about three months of silence before the end, so they show as lapsed. */
    private DemoShop.ActiveDays activeDays(Role role) {
        long none = DemoShop.ActiveDays.NONE;
        return switch (role) {
            case STEADY -> new DemoShop.ActiveDays(firstDay, none, none);
            case LATE_JOINER -> new DemoShop.ActiveDays(random.nextLong(firstDay + 60, lastDay - 90), none, none);
            case LAPSED -> new DemoShop.ActiveDays(firstDay, random.nextLong(firstDay + 120, lastDay - 100), none);
            case WIN_BACK -> {
                long pause = random.nextLong(firstDay + 90, lastDay - 300);
                yield new DemoShop.ActiveDays(firstDay, pause, pause + random.nextLong(75, 200));
            }
        };
    }

    private int[] shuffledIndexes(int count) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }
        return indexes;
    }
}
