package io.customerlens.ui.importwizard;

import io.customerlens.importer.FileInspection;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.service.DiskFullException;
import io.customerlens.service.LikelyReimportException;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.ImportProgress;
import io.customerlens.ui.common.Job;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;


import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The import wizard: choose a file → sheets and mapping → import with progress and cancel → summary.
 * Inspection and import run through the task runner; a failure leaves the wizard where it was with a
 * message naming the file, and the store untouched (the import is one transaction).
 */
public final class ImportWizardViewModel {

    /** Encodings offered when the detected one shows garbled text. */
    public static final List<Charset> OFFERED_ENCODINGS = List.of(Charset.forName("UTF-8"),
            Charset.forName("GB18030"), Charset.forName("Big5"), Charset.forName("windows-1252"));

    private final ImportService importService;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges storeChanges;
    private final Navigator navigator;
    private final MappingViewModel mapping;
    private final ImportSummaryViewModel summary;

    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(this, "step", WizardStep.CHOOSE_FILE);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper likelyReimport = new ReadOnlyBooleanWrapper(this, "likelyReimport", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Job<ImportSummary> runningImport;

    public ImportWizardViewModel(ImportService importService, RejectedLinesWriter rejectedLinesWriter, TaskRunner runner,
                                 Messages messages, StoreChanges storeChanges, Navigator navigator) {
        this.importService = importService;
        this.runner = runner;
        this.messages = messages;
        this.storeChanges = storeChanges;
        this.navigator = navigator;
        this.mapping = new MappingViewModel(messages);
        this.summary = new ImportSummaryViewModel(messages, runner, rejectedLinesWriter);
    }

    /** Looks at the file (format, sheets, header, mapping) and moves to the mapping step. */
    public void chooseFile(Path file) {
        inspect(file, ImportOptions.defaults());
    }

    /** Reads the chosen text file again with another encoding. */
    public void rereadWithEncoding(Charset encoding) {
        FileInspection current = mapping.inspection();
        if (current != null && !current.charset().equals(Optional.of(encoding))) {
            inspect(current.file(), new ImportOptions(Optional.of(encoding), Optional.empty(), Map.of(), Optional.empty()));
        }
    }

    private void inspect(Path file, ImportOptions options) {
        busy.set(true);
        notice.set("");
        runner.job(messages.format("wizard.inspecting", String.valueOf(file.getFileName())), context -> {
                    FileInspection inspection = importService.inspect(file, options);
                    return new Inspected(inspection, importService.defaultPlan(inspection, options));
                })
                .onSuccess(inspected -> {
                    busy.set(false);
                    mapping.load(inspected.inspection(), inspected.proposal());
                    step.set(WizardStep.MAPPING);
                })
                .onFailure(failure -> {
                    busy.set(false);
                    String fileName = String.valueOf(file.getFileName());
                    notice.set(messages.format("wizard.unreadable", fileName,
                            FailureReport.describeAbout(messages, fileName, failure)));
                })
                .start();
    }

    /** Imports with the confirmed plan; progress shows in the status bar and on the import step. */
    public void startImport() {
        startImport(false);
    }

    /** After a likely re-import was refused: the user says these are new sales after all. */
    public void importAnyway() {
        startImport(true);
    }

    /** True while the last import was refused as a likely re-import, so "Import anyway" is offered. */
    public ReadOnlyBooleanProperty likelyReimportProperty() {
        return likelyReimport.getReadOnlyProperty();
    }

    private void startImport(boolean acceptOverlap) {
        if (!mapping.readyProperty().get()) {
            return;
        }
        ImportPlan plan = mapping.plan();
        notice.set("");
        likelyReimport.set(false);
        step.set(WizardStep.IMPORTING);
        String fileName = String.valueOf(plan.file().getFileName());
        runningImport = runner.job(messages.format("wizard.importing", fileName),
                        context -> importService.importFile(plan, new ImportProgress(context, messages), context,
                                acceptOverlap))
                .cancellable(() -> {
                    runningImport = null;
                    notice.set(messages.format("wizard.cancelled", fileName));
                    step.set(WizardStep.MAPPING);
                })
                .onSuccess(result -> {
                    runningImport = null;
                    summary.show(result, plan);
                    step.set(WizardStep.SUMMARY);
                    storeChanges.storeChanged();
                })
                .onFailure(failure -> {
                    runningImport = null;
                    likelyReimport.set(failure instanceof LikelyReimportException);
                    notice.set(failureText(fileName, failure));
                    step.set(WizardStep.MAPPING);
                });
        runningImport.start();
    }

    private String failureText(String fileName, Throwable failure) {
        return switch (failure) {
            case LikelyReimportException reimport -> messages.format("wizard.likelyReimport", messages.count(
                            reimport.matching()), messages.count(reimport.newLines()), reimport.earlier().fileName(),
                    messages.moment(reimport.earlier().importedAt()), fileName);
            case DiskFullException full -> messages.format("wizard.importFailed", fileName,
                    messages.format("error.diskFull", full.freeMegabytes(), full.neededMegabytes()));
            default -> messages.format("wizard.importFailed", fileName,
                    FailureReport.describeAbout(messages, fileName, failure));
        };
    }

    public void cancelImport() {
        if (runningImport != null) {
            runningImport.cancel();
        }
    }

    /** Back to the first step for the next file. */
    public void startOver() {
        notice.set("");
        step.set(WizardStep.CHOOSE_FILE);
    }

    public void showCustomers() {
        navigator.show(Page.CUSTOMERS);
    }

    public MappingViewModel mapping() {
        return mapping;
    }

    public ImportSummaryViewModel summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What went wrong or was cancelled last; empty when all is well. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a file is being inspected. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running job's progress text ("12,345 rows read"), shown on the import step. */
    public ReadOnlyStringProperty progressTextProperty() {
        return runner.status().messageProperty();
    }

    private record Inspected(FileInspection inspection, ImportPlan proposal) {
    }
}
