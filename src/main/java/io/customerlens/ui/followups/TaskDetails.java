package io.customerlens.ui.followups;

import io.customerlens.report.RiskWords;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.card.SalesLinePage;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The side panel of the selected task: the task itself, its customer's key figures (from the lapse analysis,
 * read once per store change, so moving through the list reads nothing) and the customer's last purchases
 * (a few lines read for the customer shown).
 */
public final class TaskDetails {

    static final int LAST_PURCHASES = 5;

    private final LapseService lapses;
    private final CustomerCardService cards;
    private final TaskRunner runner;
    private final Messages messages;
    private final FollowUpTexts texts;
    private final AnalysisChoices analysis;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<DetailLine> taskFigures = FXCollections.observableArrayList();
    private final ObservableList<DetailLine> customerFigures = FXCollections.observableArrayList();
    private final ObservableList<CustomerSalesLine> lastPurchases = FXCollections.observableArrayList();
    private final ObservableList<CustomerChoice> customers = FXCollections.observableArrayList();
    /** The key of the learning job: one waits at a time, the latest request's. */
    private final Object learningKey = new Object();
    private Map<String, LapseRow> byKey = Map.of();
    private SortedNames sortedNames;
    /** Counts reloads: an answer to an older one is dropped. */
    private long requests;
    private TaskRow shown;
    private Contact shownContact = Contact.EMPTY;

    TaskDetails(LapseService lapses, CustomerCardService cards, AnalysisChoices analysis, TaskRunner runner,
                Messages messages, FollowUpTexts texts) {
        this.lapses = lapses;
        this.analysis = analysis;
        this.cards = cards;
        this.runner = runner;
        this.messages = messages;
        this.texts = texts;
    }

    /**
     * Reads every customer's lapse figures (after an import, or for new shared settings: their window and as-of
     * date), then shows the selected task's again.
     */
    void reload() {
        java.util.Optional<java.time.LocalDate> asOf = analysis.get().asOf();
        LapseWindow window = analysis.get().lapseWindow();
        long request = ++requests;
        // The figures at once; the chance of no order and the value at risk follow when learning ends, aside, so
        // a new N or a new import never holds the page behind the learning.
        SortedNames before = sortedNames;
        runner.job(messages.get("followupsView.details.loading"), context -> {
                    LapseData data = lapses.load(asOf);
                    LapseReport first = lapses.firstReport(data, window);
                    // The same customers as before (only N changed): their names are sorted already.
                    SortedNames names = before != null && before.data() == data ? before
                            : new SortedNames(data, byName(first.customers()));
                    return new FirstRead(byKeyOf(first.customers()), names, first.chancePending());
                })
                .replacing(this)
                .onSuccess(read -> {
                    if (request != requests) {
                        return;
                    }
                    byKey = read.byKey();
                    if (read.names() != sortedNames) {
                        sortedNames = read.names();
                        customers.setAll(read.names().byName());
                    }
                    showFigures();
                    if (read.chancePending()) {
                        learnChance(asOf, window, request);
                    }
                })
                .onFailure(failure -> title.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    private void learnChance(java.util.Optional<java.time.LocalDate> asOf, LapseWindow window, long request) {
        runner.job(messages.get("lapse.learning"), context -> byKeyOf(lapses.analyse(lapses.load(asOf), window, context).customers()))
                .replacing(learningKey)
                .aside()
                .onSuccess(learned -> {
                    if (request == requests) {
                        byKey = learned;
                        showFigures();
                    }
                })
                .onFailure(failure -> title.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    private record FirstRead(Map<String, LapseRow> byKey, SortedNames names, boolean chancePending) {
    }

    /** The customers of a lapse data, sorted by name for the manual-task chooser. */
    private record SortedNames(LapseData data, List<CustomerChoice> byName) {
    }

    private static Map<String, LapseRow> byKeyOf(List<LapseRow> rows) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(LapseRow::key, Function.identity()));
    }

    /** In the background: every customer (tens of thousands on a big store) sorted by name. */
    private List<CustomerChoice> byName(List<LapseRow> rows) {
        Collator collator = Collator.getInstance(messages.locale());
        return rows.stream().map(row -> new CustomerChoice(row.key(), row.info().name()))
                .sorted(Comparator.comparing(CustomerChoice::label, collator)).toList();
    }

    /** Shows {@code row} (null: nothing selected) and reads its customer's last purchases. */
    void show(TaskRow row) {
        boolean sameCustomer = shown != null && row != null && shown.task().customerKey().equals(row.task().customerKey());
        shown = row;
        showFigures();
        if (row == null) {
            lastPurchases.clear();
            shownContact = Contact.EMPTY;
        } else if (!sameCustomer) {
            lastPurchases.clear();
            shownContact = Contact.EMPTY;
            String key = row.task().customerKey();
            runner.job(messages.get("followupsView.details.lines"),
                            context -> new CustomerRead(cards.lines(key, 0, LAST_PURCHASES), cards.contacts().contact(key)))
                    .onSuccess(read -> showRead(key, read))
                    .onFailure(failure -> lastPurchases.clear())
                    .start();
        }
    }

    /** The customer's last purchases and contact, read together for the customer shown. */
    private record CustomerRead(SalesLinePage page, Contact contact) {
    }

    private void showRead(String key, CustomerRead read) {
        // A slower read for a customer the user has already moved past must not overwrite the current one.
        if (shown != null && shown.task().customerKey().equals(key)) {
            lastPurchases.setAll(read.page().lines());
            shownContact = read.contact();
            showFigures();
        }
    }

    private void showFigures() {
        if (shown == null) {
            title.set("");
            taskFigures.clear();
            customerFigures.clear();
            return;
        }
        FollowUpTask task = shown.task();
        title.set(shown.displayName().equals(task.customerKey()) ? task.customerKey()
                : messages.format("followupsView.details.title", shown.displayName(), task.customerKey()));
        taskFigures.setAll(taskLines(task));
        customerFigures.setAll(customerLines(shown.info(), byKey.get(task.customerKey())));
    }

    private List<DetailLine> taskLines(FollowUpTask task) {
        List<DetailLine> lines = new ArrayList<>();
        lines.add(line("followupsView.details.reason", texts.reason(task)));
        lines.add(line("followupsView.details.channel", texts.channel(task.channel()) + messages.get("followupsView.separator")
                + texts.priority(task.priority())));
        lines.add(line("followupsView.details.due", messages.date(task.effectiveDue())));
        lines.add(line("followupsView.details.status", texts.status(task)));
        lines.add(line("followupsView.details.valueAtStake", messages.amount(task.valueAtStake())));
        lines.add(line("followupsView.details.created",
                messages.date(task.created().atZone(ZoneId.systemDefault()).toLocalDate())));
        if (task.outcome() != null) {
            lines.add(line("followupsView.details.outcome", texts.outcome(task.outcome())));
        }
        String notes = task.outcome() != null && task.outcome().notes() != null ? task.outcome().notes() : task.notes();
        if (notes != null && !notes.isBlank()) {
            lines.add(line("followupsView.details.notes", notes));
        }
        return lines;
    }

    private List<DetailLine> customerLines(CustomerInfo info, LapseRow row) {
        List<DetailLine> lines = new ArrayList<>();
        addIfPresent(lines, "followupsView.details.phone", shownContact.phone());
        addIfPresent(lines, "followupsView.details.contactPerson", shownContact.contactPerson());
        addIfPresent(lines, "followupsView.details.wechat", shownContact.wechat());
        addIfPresent(lines, "followupsView.details.address", shownContact.address());
        addIfPresent(lines, "followupsView.details.salesperson", info.salesperson());
        addIfPresent(lines, "followupsView.details.region", info.region());
        addIfPresent(lines, "followupsView.details.type", info.type());
        if (row == null) {
            lines.add(line("followupsView.details.standing", messages.get("followupsView.details.noSales")));
            return lines;
        }
        CustomerLapse lapse = row.lapse();
        lines.add(line("followupsView.details.standing",
                messages.get(lapse.risk().messageKey())));
        lines.add(line("followupsView.details.lastPurchase", messages.format("followupsView.details.daysAgo",
                messages.date(lapse.lastPurchase()), lapse.daysSinceLast())));
        lines.add(line("followupsView.details.idleMonths", messages.count(lapse.idleMonths())));
        lapse.nextDue().ifPresent(due -> lines.add(line("followupsView.details.nextDue", messages.date(due))));
        RiskWords words = new RiskWords(messages.bundleTexts());
        if (row.risk().known()) {
            lines.add(line("followupsView.details.lapseChance", messages.format("card.value.lapseChance",
                    words.probability(row.risk().probability()), lapse.window().months())));
        }
        if (row.valueAtRisk() != null) {
            lines.add(line("followupsView.details.valueAtRisk", messages.amount(row.valueAtRisk())));
        }
        String reasons = words.reasons(row.risk());
        if (!reasons.isEmpty()) {
            lines.add(line("followupsView.details.reasons", reasons));
        }
        lines.add(line("followupsView.details.monthlyAtStake", messages.amount(lapse.monthlyAmountAtStake())));
        lines.add(line("followupsView.details.customerSince", messages.date(lapse.firstPurchase())));
        return lines;
    }

    private void addIfPresent(List<DetailLine> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(line(key, value));
        }
    }

    private DetailLine line(String key, String value) {
        return DetailLine.of(messages, key, value);
    }

    /** The customer shown: "Name (key)". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<DetailLine> taskFigures() {
        return taskFigures;
    }

    /** The customer's key figures as of the latest stored date. */
    public ObservableList<DetailLine> customerFigures() {
        return customerFigures;
    }

    /** The customer's newest sales lines, newest first. */
    public ObservableList<CustomerSalesLine> lastPurchases() {
        return lastPurchases;
    }

    /** Every customer with a purchase, by name, for a manual task. */
    ObservableList<CustomerChoice> customers() {
        return customers;
    }
}
