package io.customerlens.service.followups;

import io.customerlens.analysis.followups.CustomerStanding;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Joins the lapse figures, the segments and the past contacts into what task generation reads. */
final class Standings {

    private Standings() {
    }

    static List<CustomerStanding> of(LapseReport lapse, SegmentReport segments, List<FollowUpTask> tasks) {
        Map<String, SegmentRow> segmentByKey = new HashMap<>(segments.customers().size() * 2);
        segments.customers().forEach(row -> segmentByKey.put(row.key(), row));
        Map<String, LocalDate> lastContacts = lastContacts(tasks);
        List<CustomerStanding> standings = new ArrayList<>(lapse.customers().size());
        for (LapseRow row : lapse.customers()) {
            CustomerLapse customer = row.lapse();
            SegmentRow segment = segmentByKey.get(row.key());
            boolean keyAccount = segment != null && segment.keyAccount() != null
                    && segment.keyAccount().tier() != KeyAccountTier.ORDINARY;
            long orders = segment != null && segment.rfm() != null ? segment.rfm().orders() : 0;
            Long overdue = customer.overdueDays().isPresent() ? customer.overdueDays().getAsLong() : null;
            standings.add(new CustomerStanding(row.key(), customer.risk(), customer.idleMonths(), overdue, keyAccount,
                    orders, customer.firstPurchase(), valueAtStake(row), lastContacts.get(row.key())));
        }
        return standings;
    }

    /**
     * What ranks the call list (docs/definitions.md, "Generation"): the value at risk, P(no order in N months) × the
     * yearly value while active, so a long-gone one-off buyer falls and a good customer slipping now rises; the
     * monthly amount at stake where no chance could be learned (too little history).
     */
    static java.math.BigDecimal valueAtStake(LapseRow row) {
        java.math.BigDecimal valueAtRisk = row.valueAtRisk();
        return valueAtRisk != null ? valueAtRisk : row.lapse().monthlyAmountAtStake();
    }

    /** The latest contact day of each customer: the contact date of its done tasks. */
    static Map<String, LocalDate> lastContacts(List<FollowUpTask> tasks) {
        Map<String, LocalDate> last = new HashMap<>();
        for (FollowUpTask task : tasks) {
            if (task.status() == FollowUpStatus.DONE && task.outcome() != null) {
                last.merge(task.customerKey(), task.outcome().contactedOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }
}
