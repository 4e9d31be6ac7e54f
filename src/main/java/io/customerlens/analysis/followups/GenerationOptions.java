package io.customerlens.analysis.followups;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.FollowUpChannel;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * The choices of task generation, with the documented defaults (docs/definitions.md, Follow-ups).
 *
 * @param capacityPerDay       tasks a day, counting the pending tasks already due that day
 * @param horizonDays          working days to fill, today (when a working day) first; candidates beyond are left for later
 * @param maxIdleMonths        lapsed customers silent longer than this are not called
 * @param secondOrderAfterDays a one-order customer is called this many days after that order
 * @param keyAccountReviewDays a key account is reviewed when not contacted for this many days
 * @param workingDays          the days tasks are planned on
 */
public record GenerationOptions(int capacityPerDay, int horizonDays, LapseWindow window, int maxIdleMonths,
                                int secondOrderAfterDays, int keyAccountReviewDays, FollowUpChannel channel,
                                Set<DayOfWeek> workingDays) {

    public static final int DEFAULT_CAPACITY = 15;
    public static final int DEFAULT_HORIZON_DAYS = 10;
    public static final int DEFAULT_MAX_IDLE_MONTHS = 12;
    public static final int DEFAULT_SECOND_ORDER_DAYS = 30;
    public static final int DEFAULT_KEY_ACCOUNT_REVIEW_DAYS = 60;

    public GenerationOptions {
        if (capacityPerDay < 1 || horizonDays < 1) {
            throw new IllegalArgumentException("capacity and horizon must be at least 1");
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    }

    public static GenerationOptions defaults() {
        return new GenerationOptions(DEFAULT_CAPACITY, DEFAULT_HORIZON_DAYS, LapseWindow.DEFAULT, DEFAULT_MAX_IDLE_MONTHS,
                DEFAULT_SECOND_ORDER_DAYS, DEFAULT_KEY_ACCOUNT_REVIEW_DAYS, FollowUpChannel.PHONE,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public GenerationOptions withCapacity(int capacity) {
        return new GenerationOptions(capacity, horizonDays, window, maxIdleMonths, secondOrderAfterDays,
                keyAccountReviewDays, channel, workingDays);
    }

    public GenerationOptions withHorizonDays(int days) {
        return new GenerationOptions(capacityPerDay, days, window, maxIdleMonths, secondOrderAfterDays,
                keyAccountReviewDays, channel, workingDays);
    }
}
