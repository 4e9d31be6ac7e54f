package io.customerlens.ui.bulk;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.TabSeparatedTable;
import io.customerlens.service.card.CardBook;
import io.customerlens.service.followups.BulkTaskRequest;
import io.customerlens.service.followups.BulkTaskResult;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TableSnapshot;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bulk actions on the customers picked on a list: follow-up tasks for all of them, the rows as text for the
 * clipboard, their cards as one PDF. Each says how it went in {@link #messageProperty()}; the store is only
 * touched through the services, in the background.
 */
public final class CustomerBulkViewModel {

    /** Cards shown in the print preview at most: each page is a large image, a long stack would fill memory. */
    public static final int PRINT_LIMIT = 20;

    private final FollowUpService followUps;
    private final CardBook cardBook;
    private final AnalysisChoices analysis;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges followUpChanges;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param followUpChanges told when tasks were created, so the Follow-ups page and Home read them again */
    public CustomerBulkViewModel(FollowUpService followUps, CardBook cardBook, AnalysisChoices analysis,
                                 TaskRunner runner, Messages messages, StoreChanges followUpChanges) {
        this.followUps = followUps;
        this.cardBook = cardBook;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        this.followUpChanges = followUpChanges;
    }

    /** How the last action went; empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The first day a task may be due, proposed in the dialog. */
    public LocalDate today() {
        return followUps.today();
    }

    /** Stores the tasks in the background; the message says how many were made and how many customers skipped. */
    public void createTasks(BulkTaskRequest request) {
        message.set("");
        runner.job(messages.format("bulk.tasks.creating", messages.count(request.customerKeys().size())),
                        context -> followUps.createFor(request))
                .onSuccess(this::tasksCreated)
                .onFailure(failure -> message.set(messages.format("bulk.tasks.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    private void tasksCreated(BulkTaskResult result) {
        String created = messages.format("bulk.tasks.created", messages.count(result.created().size()));
        message.set(result.skipped().isEmpty() ? created
                : created + messages.format("bulk.tasks.skipped", messages.count(result.skipped().size())));
        if (!result.created().isEmpty()) {
            followUpChanges.storeChanged();
        }
    }

    /** The picked rows as a table Excel pastes: the visible columns' headers, then a line per customer. */
    public String clipboardText(TableSnapshot rows) {
        String text = new TabSeparatedTable(messages.locale()).text(rows.headers(), rows.rows());
        message.set(messages.format("bulk.copied", messages.count(rows.rows().size())));
        return text;
    }

    /** Makes the customers' cards as one PDF and writes it to {@code file}; cancellable, with progress per card. */
    public void saveCards(List<String> customerKeys, Path file) {
        String name = String.valueOf(file.getFileName());
        makeCards(customerKeys, messages.format("bulk.cards.saving", messages.count(customerKeys.size()), name),
                bytes -> {
                    Files.write(file, bytes);
                    return file;
                },
                saved -> message.set(messages.format("bulk.cards.saved", messages.count(customerKeys.size()),
                        saved.toString())));
    }

    /** Makes the cards as one PDF and hands its bytes to {@code show} (the print preview) on the FX thread. */
    public void printCards(List<String> customerKeys, Consumer<byte[]> show) {
        if (customerKeys.size() > PRINT_LIMIT) {
            message.set(messages.format("bulk.cards.tooManyToPrint", messages.count(PRINT_LIMIT)));
            return;
        }
        makeCards(customerKeys, messages.format("bulk.cards.preparing", messages.count(customerKeys.size())),
                bytes -> bytes, show);
    }

    private <R> void makeCards(List<String> customerKeys, String title, Finish<R> finish, Consumer<R> onDone) {
        message.set("");
        AnalysisSettings settings = analysis.get();
        MessageBundle bundle = new MessageBundle(messages.bundle(), messages.locale());
        runner.job(title, context -> finish.apply(cardBook.pdf(customerKeys, settings.asOf(),
                        AnalysisChoices.segmentOptions(settings), bundle, context, context)))
                .cancellable(() -> message.set(messages.get("bulk.cards.cancelled")))
                .onSuccess(onDone)
                .onFailure(failure -> message.set(messages.format("bulk.cards.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    /** What is done with the PDF's bytes on the worker (written to a file, or kept for the preview). */
    @FunctionalInterface
    private interface Finish<R> {
        R apply(byte[] pdf) throws Exception;
    }
}
