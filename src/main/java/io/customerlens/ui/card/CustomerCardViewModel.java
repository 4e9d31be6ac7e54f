package io.customerlens.ui.card;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.CardPdf;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.card.SalesLinePage;
import io.customerlens.service.card.UnknownCustomerException;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.print.PrintablePdf;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One customer's card (客户管理卡): the figures, badges, chart data, products, gaps and follow-ups of
 * {@link CustomerCardService#card}, the raw lines a page at a time, and adding a follow-up task. The card is
 * computed with the shared analysis settings, so its badges are those of every page; changing the lapse window
 * N here changes it everywhere and computes the card again. Every store call goes through the task runner.
 */
public final class CustomerCardViewModel {

    public static final int LINES_PER_PAGE = 50;

    private final CustomerCardService cards;
    private final FollowUpService followUps;
    private final TaskRunner runner;
    private final Messages messages;
    private final String customerKey;
    private final int linesPerPage;
    private final StoreChanges followUpChanges;
    private final StoreChanges storeChanges;
    private final CardContactViewModel contact;
    private final ChangeListener<Number> storeListener = (observable, before, after) -> refresh();
    private final AnalysisChoices analysis;
    private final AppSettings.Subscription subscription;
    /** The as-of date and options of the card computed last: only a change of those computes it again. */
    private CardChoices computedWith;

    private final ReadOnlyObjectWrapper<CustomerCard> card = new ReadOnlyObjectWrapper<>(this, "card");
    private final IntegerProperty window = new SimpleIntegerProperty(this, "window", LapseWindow.DEFAULT.months());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** The key of the learning job: one waits at a time, the latest settings'. */
    private final Object learningKey = new Object();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ObservableList<FollowUpTask> tasks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper tasksText = new ReadOnlyStringWrapper(this, "tasksText", "");

    private final ObservableList<CustomerSalesLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper linesText = new ReadOnlyStringWrapper(this, "linesText", "");
    private final ReadOnlyBooleanWrapper hasPreviousLines = new ReadOnlyBooleanWrapper(this, "hasPreviousLines");
    private final ReadOnlyBooleanWrapper hasNextLines = new ReadOnlyBooleanWrapper(this, "hasNextLines");
    private int lineOffset;

    /**
     * @param storeChanges  an import: the card is read again
     * @param followUpChanges told when a task is added here, so Home and the Follow-ups page read theirs again
     */
    public CustomerCardViewModel(CustomerCardService cards, FollowUpService followUps, AnalysisChoices analysis,
                                 TaskRunner runner, Messages messages, StoreChanges storeChanges,
                                 StoreChanges followUpChanges, String customerKey) {
        this(cards, followUps, analysis, runner, messages, storeChanges, followUpChanges, customerKey, LINES_PER_PAGE);
    }

    /** @param linesPerPage raw lines per page; tests page through a small fixture with a small page */
    CustomerCardViewModel(CustomerCardService cards, FollowUpService followUps, AnalysisChoices analysis,
                          TaskRunner runner, Messages messages, StoreChanges storeChanges, StoreChanges followUpChanges,
                          String customerKey, int linesPerPage) {
        this.followUpChanges = followUpChanges;
        this.storeChanges = storeChanges;
        this.analysis = analysis;
        this.linesPerPage = linesPerPage;
        this.cards = cards;
        this.followUps = followUps;
        this.runner = runner;
        this.messages = messages;
        this.customerKey = customerKey;
        this.contact = new CardContactViewModel(cards.contacts(), runner, messages, customerKey);
        title.set(customerKey);
        window.set(analysis.get().lapseWindow().months());
        window.addListener((observable, before, after) -> analysis.update(shared -> shared.withLapseWindow(
                new LapseWindow(Math.clamp(after.intValue(), LapseWindow.MIN, LapseWindow.MAX)))));
        storeChanges.revisionProperty().addListener(storeListener);
        this.subscription = analysis.subscribe(shared -> {
            window.set(shared.lapseWindow().months());
            if (!choices().equals(computedWith)) {
                loadCard();
            }
        });
    }

    /** Stops following the shared settings and the store (the card was closed). */
    public void dispose() {
        subscription.unsubscribe();
        storeChanges.revisionProperty().removeListener(storeListener);
    }

    private CardChoices choices() {
        return new CardChoices(analysis.get().asOf(), AnalysisChoices.segmentOptions(analysis.get()));
    }

    private record CardChoices(Optional<LocalDate> asOf, SegmentOptions options) {
    }

    /** Reads the card and the first page of lines. */
    public void refresh() {
        loadCard();
        loadLines(0);
        contact.load();
    }

    /** The customer's contact, shown and edited on the card. */
    public CardContactViewModel contact() {
        return contact;
    }

    private void loadCard() {
        CardChoices choices = choices();
        computedWith = choices;
        computing.set(true);
        // The figures at once; the chance of no order and the value follow aside when learning ends.
        runner.job(messages.format("customerView.loading", customerKey),
                        context -> cards.firstCard(customerKey, choices.asOf(), choices.options()))
                .onSuccess(next -> {
                    computing.set(false);
                    if (choices.equals(computedWith)) {
                        show(next);
                        if (next.chancePending()) {
                            learnChance(choices);
                        }
                    }
                })
                .onFailure(failure -> {
                    computing.set(false);
                    showFailure(failure);
                })
                .start();
    }

    private void learnChance(CardChoices choices) {
        runner.job(messages.get("lapse.learning"), context -> fullCard(choices))
                .replacing(learningKey)
                .aside()
                .onSuccess(full -> {
                    if (choices.equals(computedWith)) {
                        show(full);
                    }
                })
                .onFailure(this::showFailure)
                .start();
    }

    /** The card with the chance learned: what a printout shows, never "learning…". */
    private CustomerCard fullCard(CardChoices choices) {
        return cards.card(customerKey, choices.asOf(), choices.options());
    }

    private void show(CustomerCard next) {
        notice.set("");
        card.set(next);
        title.set(next.displayName());
        asOfText.set(messages.format("customerView.asOf", messages.date(next.asOf())));
        showTasks(next.tasks());
    }

    private void showTasks(List<FollowUpTask> next) {
        tasks.setAll(next);
        long open = next.stream().filter(task -> task.status().isPending()).count();
        tasksText.set(messages.format("customerView.tasks.count", open, next.size()));
    }

    private void showFailure(Throwable failure) {
        if (failure instanceof UnknownCustomerException unknown) {
            notice.set(unknown.asOf() == null ? messages.format("customerView.unknown", customerKey)
                    : messages.format("customerView.noPurchase", customerKey, messages.date(unknown.asOf())));
        } else {
            notice.set(messages.format("customerView.loadFailed", FailureReport.describe(messages, failure)));
        }
    }

    private void loadLines(int offset) {
        runner.job(messages.format("customerView.lines.loading", customerKey),
                        context -> cards.lines(customerKey, offset, linesPerPage))
                .onSuccess(this::showLines)
                .onFailure(this::showFailure)
                .start();
    }

    private void showLines(SalesLinePage page) {
        lineOffset = page.offset();
        lines.setAll(page.lines());
        hasPreviousLines.set(page.offset() > 0);
        hasNextLines.set(page.hasNext());
        linesText.set(page.lines().isEmpty() ? messages.format("customerView.lines.none", messages.count(page.total()))
                : messages.format("customerView.lines.range", messages.count(page.offset() + 1L),
                        messages.count((long) page.offset() + page.lines().size()), messages.count(page.total())));
    }

    public void nextLines() {
        if (hasNextLines.get()) {
            loadLines(lineOffset + linesPerPage);
        }
    }

    public void previousLines() {
        if (hasPreviousLines.get()) {
            loadLines(Math.max(0, lineOffset - linesPerPage));
        }
    }

    /**
     * The customer's open or snoozed task, if any: a customer has one open task at a time, so the card offers to
     * move it instead of adding a second (issue 14, "one open task per customer").
     */
    public Optional<FollowUpTask> openTask() {
        return tasks.stream().filter(task -> task.status().isPending()).findFirst();
    }

    /** Moves the customer's open task to {@code due} (a snoozed one becomes open again), then shows the tasks again. */
    public void moveOpenTask(LocalDate due) {
        Optional<FollowUpTask> open = openTask();
        if (open.isEmpty() || due == null) {
            return;
        }
        long id = open.get().id();
        runner.job(messages.get("customerView.task.moving"), context -> {
                    followUps.reschedule(List.of(id), due);
                    return followUps.historyOf(customerKey);
                })
                .onSuccess(this::tasksChanged)
                .onFailure(failure -> notice.set(messages.format("customerView.task.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    /** Stores a task made by hand, then shows the customer's tasks again; refused while one is open. */
    public void addTask(FollowUpChannel channel, LocalDate due, String notes) {
        if (openTask().isPresent()) {
            // The dialog offers to move the open task instead; a second open task is never added.
            notice.set(messages.get("customerView.task.alreadyOpen"));
            return;
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        ManualTask task = new ManualTask(customerKey, channel, due, FollowUpTask.NORMAL, text);
        runner.job(messages.get("customerView.task.adding"), context -> {
                    followUps.createManual(task);
                    return followUps.historyOf(customerKey);
                })
                .onSuccess(this::tasksChanged)
                .onFailure(failure -> notice.set(messages.format("customerView.task.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    private void tasksChanged(List<FollowUpTask> history) {
        CustomerCard current = card.get();
        if (current != null) {
            card.set(current.withTasks(history));
        }
        showTasks(history);
        notice.set("");
        followUpChanges.storeChanged();
    }

    /** The first day a new task may be due: the service's today. */
    public LocalDate today() {
        return followUps.today();
    }

    /** The card as PDF (客户管理卡), made when the user prints or saves; empty before the card is shown. */
    public Optional<PrintablePdf> cardPdf() {
        CustomerCard current = card.get();
        if (current == null) {
            return Optional.empty();
        }
        MessageBundle bundle = new MessageBundle(messages.bundle(), messages.locale());
        String name = messages.format("customerView.pdf.file", fileSafe(current.displayName()), current.asOf().toString());
        CardChoices choices = computedWith;
        return Optional.of(new PrintablePdf(messages.format("customerView.pdf.title", current.displayName()), name,
                () -> new CardPdf(bundle).toBytes(current.chancePending()
                        ? fullCard(choices).withTasks(current.tasks()) : current)));
    }

    /** File names may not hold / \ : * ? " < > | on Windows. */
    static String fileSafe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]+", "_").strip();
    }

    public String customerKey() {
        return customerKey;
    }

    public ReadOnlyObjectProperty<CustomerCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** The lapse window N in months (1–24); setting it computes the card again. */
    public IntegerProperty windowProperty() {
        return window;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty asOfTextProperty() {
        return asOfText.getReadOnlyProperty();
    }

    /** True while the card is being computed (the segments need every customer: a few seconds on big data). */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** All of the customer's follow-up tasks, newest first. */
    public ObservableList<FollowUpTask> tasks() {
        return tasks;
    }

    /** "2 open of 5 tasks". */
    public ReadOnlyStringProperty tasksTextProperty() {
        return tasksText.getReadOnlyProperty();
    }

    /** The current page of raw sales lines, newest first. */
    public ObservableList<CustomerSalesLine> lines() {
        return lines;
    }

    /** "Rows 1–50 of 230". */
    public ReadOnlyStringProperty linesTextProperty() {
        return linesText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousLinesProperty() {
        return hasPreviousLines.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextLinesProperty() {
        return hasNextLines.getReadOnlyProperty();
    }
}
