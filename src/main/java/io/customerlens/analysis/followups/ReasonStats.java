package io.customerlens.analysis.followups;

import io.customerlens.domain.OutcomeReason;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why customers stopped: each customer counts once, with its latest outcome that has a reason code (latest
 * contact day, then latest task); lost amount = the value at stake of those tasks. Every code is listed,
 * most customers first, then most amount, then the codes' order. Pure.
 */
public final class ReasonStats {

    private static final Comparator<Contact> LATEST = Comparator.comparing(Contact::contactedOn)
            .thenComparingLong(Contact::taskId);

    private ReasonStats() {
    }

    public static List<ReasonStat> of(List<Contact> contacts) {
        Map<String, Contact> latest = new HashMap<>();
        for (Contact contact : contacts) {
            if (contact.reasonCode() != null) {
                latest.merge(contact.customerKey(), contact, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<OutcomeReason, Set<String>> members = new EnumMap<>(OutcomeReason.class);
        Map<OutcomeReason, BigDecimal> amounts = new EnumMap<>(OutcomeReason.class);
        for (OutcomeReason reason : OutcomeReason.values()) {
            members.put(reason, new HashSet<>());
            amounts.put(reason, BigDecimal.ZERO);
        }
        for (Contact contact : latest.values()) {
            members.get(contact.reasonCode()).add(contact.customerKey());
            amounts.merge(contact.reasonCode(), contact.valueAtStake(), BigDecimal::add);
        }
        List<ReasonStat> stats = new ArrayList<>();
        for (OutcomeReason reason : OutcomeReason.values()) {
            stats.add(new ReasonStat(reason, members.get(reason), amounts.get(reason)));
        }
        stats.sort(Comparator.comparingLong(ReasonStat::customers).reversed()
                .thenComparing(ReasonStat::lostAmount, Comparator.reverseOrder())
                .thenComparing(ReasonStat::reason));
        return stats;
    }
}
