package io.customerlens.analysis.followups;

import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans follow-up tasks from the customers' standing (docs/definitions.md, Follow-ups). Pure: the
 * standings, the pending tasks and today's date come in, the plan goes out.
 * <ol>
 *   <li>Each customer gets at most one reason, the first that holds: lapsed (idle ≤ max idle months),
 *       at risk, second order, key-account review.</li>
 *   <li>A candidate whose customer already has a pending (open or snoozed) task, of any reason, is skipped:
 *       one open task per customer, so a manual call and a generated one never wait side by side.</li>
 *   <li>Candidates are ranked by value at stake, descending; ties by reason order, then key. Key-account
 *       reviews come after every customer who may be slipping away (lapsed, at risk, no second order):
 *       a healthy key account's monthly amount is large but not at stake, and would otherwise fill the
 *       first days with courtesy calls.</li>
 *   <li>Working days from today are filled in rank order up to the capacity, pending tasks already due
 *       that day counting against it, for the horizon's working days; the rest is left for later.</li>
 *   <li>Priority from the rank among the planned tasks: the top third high, the middle third normal,
 *       the last third low (1 + ⌊3 × (rank − 1) / n⌋).</li>
 * </ol>
 */
public final class TaskGeneration {

    private static final Comparator<Candidate> BY_VALUE = Comparator
            .comparing((Candidate candidate) -> candidate.reason() == FollowUpReason.KEY_ACCOUNT_REVIEW)
            .thenComparing(Candidate::valueAtStake, Comparator.reverseOrder())
            .thenComparing(Candidate::reason)
            .thenComparing(Candidate::customerKey);

    /**
     * @param pending    the customers with an open or snoozed task (of any reason)
     * @param pendingDue how many open or snoozed tasks are due on each day
     * @param today      the first day tasks may be due
     * @param asOf       the as-of date of the standings
     */
    public GenerationPlan plan(List<CustomerStanding> standings, Set<String> pending,
                               Map<LocalDate, Integer> pendingDue, LocalDate today, LocalDate asOf,
                               GenerationOptions options) {
        List<Candidate> candidates = new ArrayList<>();
        int alreadyOpen = 0;
        for (CustomerStanding standing : standings) {
            Optional<Candidate> candidate = reasonFor(standing, today, asOf, options);
            if (candidate.isEmpty()) {
                continue;
            }
            if (pending.contains(standing.customerKey())) {
                alreadyOpen++;
            } else {
                candidates.add(candidate.get());
            }
        }
        candidates.sort(BY_VALUE);
        List<LocalDate> slots = slots(pendingDue, today, options, candidates.size());
        int planned = slots.size();
        List<PlannedTask> tasks = new ArrayList<>(planned);
        for (int i = 0; i < planned; i++) {
            Candidate candidate = candidates.get(i);
            tasks.add(new PlannedTask(i + 1, candidate.customerKey(), candidate.reason(), candidate.detail(),
                    options.channel(), slots.get(i), priority(i + 1, planned), candidate.valueAtStake()));
        }
        return new GenerationPlan(today, asOf, options, tasks, alreadyOpen, candidates.size() - planned);
    }

    /** The first reason that holds for the customer, with its detail. */
    static Optional<Candidate> reasonFor(CustomerStanding customer, LocalDate today, LocalDate asOf,
                                         GenerationOptions options) {
        String key = customer.customerKey();
        BigDecimal value = customer.valueAtStake();
        if (customer.risk() == RiskLevel.LAPSED) {
            return customer.idleMonths() <= options.maxIdleMonths()
                    ? Optional.of(new Candidate(key, FollowUpReason.LAPSED, customer.idleMonths(), value))
                    : Optional.empty();
        }
        if (customer.risk() == RiskLevel.AT_RISK) {
            Integer overdue = customer.overdueDays() == null ? null : Math.toIntExact(customer.overdueDays());
            return Optional.of(new Candidate(key, FollowUpReason.AT_RISK, overdue, value));
        }
        long sinceFirst = ChronoUnit.DAYS.between(customer.firstPurchase(), asOf);
        if (customer.orders() == 1 && sinceFirst >= options.secondOrderAfterDays()) {
            return Optional.of(new Candidate(key, FollowUpReason.SECOND_ORDER, Math.toIntExact(sinceFirst), value));
        }
        if (customer.keyAccount()) {
            if (customer.lastContact() == null) {
                return Optional.of(new Candidate(key, FollowUpReason.KEY_ACCOUNT_REVIEW, null, value));
            }
            long sinceContact = ChronoUnit.DAYS.between(customer.lastContact(), today);
            if (sinceContact >= options.keyAccountReviewDays()) {
                return Optional.of(new Candidate(key, FollowUpReason.KEY_ACCOUNT_REVIEW, Math.toIntExact(sinceContact),
                        value));
            }
        }
        return Optional.empty();
    }

    /** Due dates for up to {@code wanted} tasks: working days from today, each filled to the capacity. */
    static List<LocalDate> slots(Map<LocalDate, Integer> pendingDue, LocalDate today, GenerationOptions options,
                                 int wanted) {
        List<LocalDate> slots = new ArrayList<>();
        LocalDate day = today;
        int workingDaysSeen = 0;
        while (slots.size() < wanted && workingDaysSeen < options.horizonDays()) {
            if (options.workingDays().contains(day.getDayOfWeek())) {
                workingDaysSeen++;
                int free = options.capacityPerDay() - pendingDue.getOrDefault(day, 0);
                for (int i = 0; i < free && slots.size() < wanted; i++) {
                    slots.add(day);
                }
            }
            day = day.plusDays(1);
        }
        return slots;
    }

    /** 1 + ⌊3 × (rank − 1) / n⌋: high for the top third, normal for the middle, low for the rest. */
    static int priority(int rank, int planned) {
        return FollowUpTask.HIGH + (int) ((long) (FollowUpTask.LOW - FollowUpTask.HIGH + 1) * (rank - 1) / planned);
    }

    record Candidate(String customerKey, FollowUpReason reason, Integer detail, BigDecimal valueAtStake) {
    }
}
