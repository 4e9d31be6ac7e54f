package io.customerlens.service.followups;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.followups.Contact;
import io.customerlens.analysis.followups.DailySales;
import io.customerlens.analysis.followups.EffectEvaluation;
import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseAnalysis;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.lapse.RankingFit;
import io.customerlens.analysis.lapse.RecencyRanking;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.LineFact;
import io.customerlens.store.SalesStore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Hands the effect evaluation its contacts, sales and comparison customers, from one read of the stored sales. */
final class EffectInputs {

    /** Being lapsed or at risk does not depend on the risk ranking: skip choosing one. */
    private static final RankingFit NO_RANKING = new RankingFit.Fixed(new RecencyRanking());

    private final List<LineFact> facts;
    private final Map<String, CustomerInfo> infos;

    EffectInputs(SalesStore.CustomerData stored) {
        this.facts = stored.facts();
        this.infos = stored.infoByKey();
    }

    EffectReport evaluate(List<FollowUpTask> tasks, int windowDays) {
        LocalDate dataAsOf = new CustomerAnalysis().defaultAsOf(facts).orElse(LocalDate.MIN);
        List<Contact> contacts = tasks.stream()
                .filter(task -> task.status() == FollowUpStatus.DONE && task.outcome() != null)
                .map(this::contact).toList();
        Map<LocalDate, Set<String>> eligible = new HashMap<>();
        return new EffectEvaluation().evaluate(contacts, DailySales.of(facts),
                basis -> eligible.computeIfAbsent(basis, date -> lapsedOrAtRisk(date)), this::salespersonOf,
                dataAsOf, windowDays);
    }

    private String salespersonOf(String customerKey) {
        String salesperson = infos.getOrDefault(customerKey, CustomerInfo.EMPTY).salesperson();
        return salesperson == null || salesperson.isBlank() ? null : salesperson;
    }

    private Contact contact(FollowUpTask task) {
        return new Contact(task.id(), task.customerKey(), task.outcome().contactedOn(), task.basisAsOf(),
                task.reason().isWinBack(), task.channel(), task.outcome().reason(), salespersonOf(task.customerKey()),
                task.valueAtStake());
    }

    /** The customers lapsed (default window) or at risk as of {@code date}, from the purchases up to it. */
    private Set<String> lapsedOrAtRisk(LocalDate date) {
        List<CustomerLapse> customers = new LapseAnalysis().customers(PurchaseHistories.asOf(facts, date),
                key -> CustomerAttribute.TYPE.of(infos.getOrDefault(key, CustomerInfo.EMPTY)), date,
                LapseWindow.DEFAULT, NO_RANKING).customers();
        return customers.stream().filter(customer -> customer.risk() != RiskLevel.OK)
                .map(CustomerLapse::customerKey).collect(Collectors.toSet());
    }
}
