package io.customerlens.service.followups;

import io.customerlens.analysis.followups.Contact;
import io.customerlens.analysis.followups.DailySales;
import io.customerlens.analysis.followups.EffectEvaluation;
import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseAnalysis;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.lapse.RankingFit;
import io.customerlens.analysis.lapse.RecencyRanking;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.store.SalesStore;
import io.customerlens.store.TaskOwners;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Hands the effect evaluation its contacts, sales and comparison customers, from one read of the stored sales. */
final class EffectInputs {

    /** Being lapsed or at risk does not depend on the risk ranking: skip choosing one. */
    private static final RankingFit NO_RANKING = new RankingFit.Fixed(new RecencyRanking());

    private final LocalDate dataAsOf;
    private final Map<String, CustomerInfo> infos;
    private final DailySales daily;
    private final Function<LocalDate, List<PurchaseHistory>> historiesAsOf;

    /**
     * @param lastDate      the latest line's date (empty without lines)
     * @param daily         every line's net per customer and day ({@link DailySales#byCustomer} over the snapshot)
     * @param historiesAsOf every customer's purchase history up to a date ({@link PurchaseHistories#asOf})
     */
    EffectInputs(SalesStore.CustomerData stored, Optional<LocalDate> lastDate, DailySales daily,
                 Function<LocalDate, List<PurchaseHistory>> historiesAsOf) {
        this.dataAsOf = lastDate.orElse(LocalDate.MIN);
        this.infos = stored.infoByKey();
        this.daily = daily;
        this.historiesAsOf = historiesAsOf;
    }

    /**
     * @param owners on a team server, who works which task (issue 17 item 3): when any task has an owner, the table by
     *               salesperson groups the contacts by the task's owner, and compares each owner with the not-called
     *               customers of the salespeople that login works; a task without an owner counts for the login of its
     *               customer's salesperson (or that salesperson, when they have no login)
     */
    EffectReport evaluate(List<FollowUpTask> tasks, TaskOwners owners, int windowDays) {
        Function<String, String> groupOf = owners.any()
                ? key -> Optional.ofNullable(salespersonOf(key)).map(name -> owners.loginBySalesperson()
                .getOrDefault(name, name)).orElse(null)
                : this::salespersonOf;
        List<Contact> contacts = tasks.stream()
                .filter(task -> task.status() == FollowUpStatus.DONE && task.outcome() != null)
                .map(task -> contact(task, owners.byTask().getOrDefault(task.id(), groupOf.apply(task.customerKey()))))
                .toList();
        Map<LocalDate, Set<String>> eligible = new HashMap<>();
        return new EffectEvaluation().evaluate(contacts, daily,
                basis -> eligible.computeIfAbsent(basis, date -> lapsedOrAtRisk(date)), groupOf,
                dataAsOf, windowDays);
    }

    private String salespersonOf(String customerKey) {
        String salesperson = infos.getOrDefault(customerKey, CustomerInfo.EMPTY).salesperson();
        return salesperson == null || salesperson.isBlank() ? null : salesperson;
    }

    /** @param group the salesperson (or owner) the contact counts for */
    private static Contact contact(FollowUpTask task, String group) {
        return new Contact(task.id(), task.customerKey(), task.outcome().contactedOn(), task.basisAsOf(),
                task.reason().isWinBack(), task.channel(), task.outcome().reason(), group, task.valueAtStake());
    }

    /** The customers lapsed (default window) or at risk as of {@code date}, from the purchases up to it. */
    private Set<String> lapsedOrAtRisk(LocalDate date) {
        List<CustomerLapse> customers = new LapseAnalysis().customers(historiesAsOf.apply(date),
                key -> CustomerAttribute.TYPE.of(infos.getOrDefault(key, CustomerInfo.EMPTY)), date,
                LapseWindow.DEFAULT, NO_RANKING).customers();
        return customers.stream().filter(customer -> customer.risk() != RiskLevel.OK)
                .map(CustomerLapse::customerKey).collect(Collectors.toSet());
    }
}
