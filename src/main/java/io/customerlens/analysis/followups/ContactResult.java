package io.customerlens.analysis.followups;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One evaluated contact of a lapsed or at-risk customer.
 *
 * @param daysToReorder days from the contact to the first purchase in the window; null unless won back
 * @param recovered     net amount of the customer's lines in the window (returns included); zero unless won back
 */
public record ContactResult(long taskId, String customerKey, LocalDate contactedOn, WinBackState state,
                            Integer daysToReorder, BigDecimal recovered) {

    public boolean wonBack() {
        return state == WinBackState.WON_BACK;
    }
}
