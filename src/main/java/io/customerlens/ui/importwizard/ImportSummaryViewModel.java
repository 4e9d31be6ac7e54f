package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportSummary;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The summary step: what the import did, line by line, and the rejected lines with their reasons. */
public final class ImportSummaryViewModel {

    private final Messages messages;
    private final TaskRunner runner;
    private final RejectedLinesWriter rejectedLinesWriter;
    private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> rejected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper saveNotice = new ReadOnlyStringWrapper(this, "saveNotice", "");
    private final ReadOnlyStringWrapper dateOrderNote = new ReadOnlyStringWrapper(this, "dateOrderNote", "");

    ImportSummaryViewModel(Messages messages, TaskRunner runner, RejectedLinesWriter rejectedLinesWriter) {
        this.messages = messages;
        this.runner = runner;
        this.rejectedLinesWriter = rejectedLinesWriter;
    }

    /** Shows what the import of {@code plan} did. */
    void show(ImportSummary summary, ImportPlan plan) {
        headline.set(messages.format("wizard.summary.headline", summary.fileName(), messages.count(summary.imported())));
        lines.setAll(linesOf(summary));
        rejected.setAll(summary.rejected());
        saveNotice.set("");
        dateOrderNote.set(dateOrderNote(plan));
    }

    /** When the dates fit day-first and month-first alike: which order was used and how to choose the other. */
    private String dateOrderNote(ImportPlan plan) {
        if (!plan.dateOrderAmbiguous()) {
            return "";
        }
        DateOrder other = plan.dateOrder() == DateOrder.DMY ? DateOrder.MDY : DateOrder.DMY;
        return messages.format("wizard.summary.dateOrderAmbiguous",
                messages.get("wizard.dateOrder." + plan.dateOrder().name()), messages.get("wizard.dateOrder." + other.name()));
    }

    private List<SummaryLine> linesOf(ImportSummary summary) {
        List<SummaryLine> result = new ArrayList<>();
        result.add(line("wizard.summary.sheets", String.join(", ", summary.sheets())));
        result.add(count("wizard.summary.rowsRead", summary.rowsRead()));
        result.add(count("wizard.summary.imported", summary.imported()));
        result.add(count("wizard.summary.duplicatesInFile", summary.duplicatesInImport()));
        result.add(count("wizard.summary.duplicatesStored", summary.duplicatesStored()));
        for (SkipReason reason : SkipReason.values()) {
            long skipped = summary.skipped().getOrDefault(reason, 0L);
            result.add(new SummaryLine(messages.format("wizard.summary.skipped", messages.get("skip." + reason.name())),
                    messages.count(skipped)));
        }
        result.add(count("wizard.summary.rejected", summary.rejected().size()));
        result.add(count("wizard.summary.withoutCustomer", summary.linesWithoutCustomer()));
        if (summary.firstDate() != null) {
            result.add(line("wizard.summary.dates", messages.format("wizard.summary.dateRange",
                    messages.date(summary.firstDate()), messages.date(summary.lastDate()))));
        }
        return result;
    }

    private SummaryLine count(String key, long value) {
        return line(key, messages.count(value));
    }

    private SummaryLine line(String key, String value) {
        return new SummaryLine(messages.get(key), value);
    }

    /** Writes the rejected lines to an xlsx file in the background and says where they went. */
    public void saveRejected(Path file) {
        List<ImportProblem> toSave = List.copyOf(rejected);
        runner.job(messages.get("wizard.summary.saving"), context -> {
                    rejectedLinesWriter.write(toSave, file);
                    return file;
                })
                .onSuccess(saved -> saveNotice.set(messages.format("wizard.summary.saved", saved.toString())))
                .onFailure(failure -> saveNotice.set(messages.format("wizard.summary.saveFailed",
                        String.valueOf(file.getFileName()), FailureReport.describe(messages, failure))))
                .start();
    }

    /** The reason of a rejected line in the user's language. */
    public String reasonText(ImportProblem problem) {
        return messages.format(problem.reason().messageKey(), problem.messageArguments());
    }

    public ObservableList<SummaryLine> lines() {
        return lines;
    }

    public ObservableList<ImportProblem> rejected() {
        return rejected;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Which date order was used when the file's dates left it open; empty otherwise. */
    public ReadOnlyStringProperty dateOrderNoteProperty() {
        return dateOrderNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveNoticeProperty() {
        return saveNotice.getReadOnlyProperty();
    }
}
