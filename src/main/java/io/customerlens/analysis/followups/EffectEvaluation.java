package io.customerlens.analysis.followups;

import io.customerlens.analysis.Medians;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Did the calls work (docs/definitions.md, Follow-ups)? Pure: contacts, sales and the customers lapsed or at
 * risk at each as-of date come in, the figures go out.
 * <ul>
 *   <li>A contact of a lapsed or at-risk customer on day C is <b>won back</b> when the customer has a purchase
 *       on a day C … C + D (both included); days to reorder = first such day − C; recovered = the net amount
 *       of the customer's lines in C … C + D. Without one it is <b>pending</b> while C + D is after the data's
 *       as-of date, else not won back.</li>
 *   <li>A contact within C … C + D of an earlier evaluated contact of the same customer is the same effort
 *       and is not evaluated again; the first contact's channel and reason code stand for it.</li>
 *   <li>Comparison: for each as-of date G the evaluated tasks were made from, the customers lapsed or at risk at
 *       G with no contact (any task) from G to R + D, judged by the same rule from R, the median contact day
 *       of those tasks (the earlier middle one for an even count). A salesperson's row is compared with that
 *       salesperson's own customers in it; a reason code's or channel's row with the whole group.</li>
 * </ul>
 */
public final class EffectEvaluation {

    /**
     * @param contacts    every done task with an outcome
     * @param eligibleAt  the customers lapsed or at risk at an as-of date
     * @param salespersonOf each customer's salesperson (null: none), to compare a salesperson's calls with the
     *                      same salesperson's customers who were not called
     * @param dataAsOf    the latest sales date; windows ending after it are still running
     * @param windowDays  D
     */
    public EffectReport evaluate(List<Contact> contacts, DailySales sales, Function<LocalDate, Set<String>> eligibleAt,
                                 Function<String, String> salespersonOf, LocalDate dataAsOf, int windowDays) {
        List<Contact> evaluated = firstOfEachEffort(contacts, windowDays);
        List<ContactResult> results = new ArrayList<>(evaluated.size());
        Map<Long, ContactResult> resultById = new HashMap<>();
        for (Contact contact : evaluated) {
            ContactResult result = judge(contact.taskId(), contact.customerKey(), contact.contactedOn(), sales,
                    dataAsOf, windowDays);
            results.add(result);
            resultById.put(contact.taskId(), result);
        }
        EffectFigures contacted = figures(results);
        List<ContactResult> notCalled = comparison(evaluated, contacts, sales, eligibleAt, dataAsOf, windowDays);
        EffectFigures comparison = figures(notCalled);
        double baseRate = comparison.rate();
        Map<String, Double> rateBySalesperson = ratesBy(notCalled, result -> salespersonOf.apply(result.customerKey()));
        return new EffectReport(windowDays, dataAsOf, contacted, comparison, contacted.rate() - baseRate,
                rows(evaluated, resultById, contact -> contact.reasonCode() == null ? null : contact.reasonCode().name(),
                        group -> baseRate),
                rows(evaluated, resultById, contact -> contact.channel().name(), group -> baseRate),
                rows(evaluated, resultById, Contact::salesperson,
                        group -> rateBySalesperson.getOrDefault(group, Double.NaN)),
                results, ReasonStats.of(contacts));
    }

    /** Contacts of lapsed or at-risk customers, leaving out those inside the window of an earlier one. */
    static List<Contact> firstOfEachEffort(List<Contact> contacts, int windowDays) {
        List<Contact> sorted = contacts.stream().filter(Contact::winBackReason)
                .sorted(Comparator.comparing(Contact::customerKey).thenComparing(Contact::contactedOn)
                        .thenComparingLong(Contact::taskId))
                .toList();
        List<Contact> kept = new ArrayList<>();
        Contact effort = null;
        for (Contact contact : sorted) {
            boolean sameEffort = effort != null && effort.customerKey().equals(contact.customerKey())
                    && !contact.contactedOn().isAfter(effort.contactedOn().plusDays(windowDays));
            if (!sameEffort) {
                kept.add(contact);
                effort = contact;
            }
        }
        return kept;
    }

    /** The win-back rule for one customer from day {@code start}. */
    static ContactResult judge(long taskId, String customerKey, LocalDate start, DailySales sales, LocalDate dataAsOf,
                               int windowDays) {
        LocalDate end = start.plusDays(windowDays);
        NavigableSet<LocalDate> purchases = sales.purchasesBetween(customerKey, start, end);
        if (!purchases.isEmpty()) {
            int days = Math.toIntExact(ChronoUnit.DAYS.between(start, purchases.first()));
            return new ContactResult(taskId, customerKey, start, WinBackState.WON_BACK, days,
                    sales.netBetween(customerKey, start, end));
        }
        WinBackState state = end.isAfter(dataAsOf) ? WinBackState.PENDING : WinBackState.NOT_WON_BACK;
        return new ContactResult(taskId, customerKey, start, state, null, BigDecimal.ZERO);
    }

    private static List<ContactResult> comparison(List<Contact> evaluated, List<Contact> all, DailySales sales,
                                                  Function<LocalDate, Set<String>> eligibleAt, LocalDate dataAsOf,
                                                  int windowDays) {
        Map<LocalDate, List<LocalDate>> contactDaysByBasis = new TreeMap<>();
        for (Contact contact : evaluated) {
            if (contact.basisAsOf() != null) {
                contactDaysByBasis.computeIfAbsent(contact.basisAsOf(), basis -> new ArrayList<>()).add(contact.contactedOn());
            }
        }
        List<ContactResult> results = new ArrayList<>();
        contactDaysByBasis.forEach((basis, days) -> {
            LocalDate reference = lowerMedian(days);
            LocalDate periodEnd = reference.plusDays(windowDays);
            Set<String> contactedInPeriod = new HashSet<>();
            for (Contact contact : all) {
                if (!contact.contactedOn().isBefore(basis) && !contact.contactedOn().isAfter(periodEnd)) {
                    contactedInPeriod.add(contact.customerKey());
                }
            }
            eligibleAt.apply(basis).stream().filter(key -> !contactedInPeriod.contains(key)).sorted()
                    .forEach(key -> results.add(judge(0, key, reference, sales, dataAsOf, windowDays)));
        });
        return results;
    }

    /** The middle day; the earlier of the two middle days for an even count. */
    static LocalDate lowerMedian(List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    static EffectFigures figures(List<ContactResult> results) {
        long wonBack = 0;
        long pending = 0;
        BigDecimal recovered = BigDecimal.ZERO;
        List<Integer> days = new ArrayList<>();
        for (ContactResult result : results) {
            if (result.wonBack()) {
                wonBack++;
                recovered = recovered.add(result.recovered());
                days.add(result.daysToReorder());
            } else if (result.state() == WinBackState.PENDING) {
                pending++;
            }
        }
        return new EffectFigures(results.size(), wonBack, pending, recovered, Medians.of(days));
    }

    /** The win-back rate of each group of results (HashMap: a group may be null). */
    private static Map<String, Double> ratesBy(List<ContactResult> results, Function<ContactResult, String> groupOf) {
        Map<String, List<ContactResult>> byGroup = new HashMap<>();
        results.forEach(result -> byGroup.computeIfAbsent(groupOf.apply(result), group -> new ArrayList<>()).add(result));
        Map<String, Double> rates = new HashMap<>();
        byGroup.forEach((group, members) -> rates.put(group, figures(members).rate()));
        return rates;
    }

    private static List<EffectRow> rows(List<Contact> evaluated, Map<Long, ContactResult> results,
                                        Function<Contact, String> groupOf, Function<String, Double> comparisonRateOf) {
        Map<String, List<ContactResult>> byGroup = new HashMap<>();
        for (Contact contact : evaluated) {
            byGroup.computeIfAbsent(groupOf.apply(contact), group -> new ArrayList<>()).add(results.get(contact.taskId()));
        }
        List<EffectRow> rows = new ArrayList<>(byGroup.size());
        byGroup.forEach((group, members) -> {
            EffectFigures figures = figures(members);
            double comparisonRate = comparisonRateOf.apply(group);
            rows.add(new EffectRow(group, figures, comparisonRate, figures.rate() - comparisonRate));
        });
        rows.sort(Comparator.comparingLong((EffectRow row) -> row.figures().customers()).reversed()
                .thenComparing(EffectRow::group, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }
}
