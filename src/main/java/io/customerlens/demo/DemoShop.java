package io.customerlens.demo;

import java.util.List;

/**
 * A customer of the demo distributor: its master data, the products it usually buys, how often it
 * restocks and when it is active.
 */
record DemoShop(String code, String name, ShopType type, DemoCatalog.City city, String salesperson,
                List<DemoProduct> basket, Cadence cadence, ActiveDays activeDays) {

    DemoShop {
        basket = List.copyOf(basket);
    }

    /** Restocks about every {@code periodDays}, each visit shifted by up to ± {@code jitterDays}. */
    record Cadence(int periodDays, int jitterDays) {
    }

    /**
     * The epoch days on which the shop trades: from {@code first}; when {@code pauseFrom} is set it stops
     * that day (a lapse) and, when {@code resumeOn} is set, comes back that day (a win-back).
     * {@code pauseFrom} and {@code resumeOn} are {@link #NONE} when not used.
     */
    record ActiveDays(long first, long pauseFrom, long resumeOn) {
        static final long NONE = Long.MAX_VALUE;

        boolean isActive(long epochDay) {
            if (epochDay < first) {
                return false;
            }
            return epochDay < pauseFrom || epochDay >= resumeOn;
        }
    }
}
