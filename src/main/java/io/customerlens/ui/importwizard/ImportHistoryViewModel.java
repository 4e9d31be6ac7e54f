package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.UndoneImport;
import io.customerlens.service.ImportService;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Import page's history: every import, newest first, and "Undo this import", which removes exactly that
 * import's lines in one transaction (ImportService.undo) and then tells every page the store changed, so their
 * figures are computed again. Follow-up tasks stay. Read again after every import.
 */
public final class ImportHistoryViewModel {

    private final ImportService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges storeChanges;

    private final ObservableList<ImportHistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ImportHistoryViewModel(ImportService service, TaskRunner runner, Messages messages,
                                  StoreChanges storeChanges) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.storeChanges = storeChanges;
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    public void refresh() {
        runner.job(messages.get("importHistory.loading"), context -> service.batches())
                .replacing(this)
                .onSuccess(this::show)
                .onFailure(failure -> message.set(messages.format("importHistory.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    private void show(List<ImportBatch> batches) {
        rows.setAll(batches.stream().map(this::row).toList());
        // What the last undo did stays said, also when it emptied the store.
        if (batches.isEmpty() && message.get().isEmpty()) {
            message.set(messages.get("importHistory.empty"));
        } else if (!batches.isEmpty() && message.get().equals(messages.get("importHistory.empty"))) {
            message.set("");
        }
    }

    private ImportHistoryRow row(ImportBatch batch) {
        return new ImportHistoryRow(batch.id(), messages.moment(batch.importedAt()), batch.fileName(), batch.sheets(),
                messages.count(batch.linesRead()), messages.count(batch.linesImported()),
                messages.count(batch.linesDuplicate()), messages.count(batch.linesRejected()),
                dates(batch.firstDate(), batch.lastDate()));
    }

    private String dates(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            return "";
        }
        return messages.format("importHistory.dates", messages.date(first), messages.date(last));
    }

    /** The question the window asks before {@link #undo}: which file, how many lines go, what stays. */
    public String confirmation(ImportHistoryRow row) {
        return messages.format("importHistory.undo.question", row.fileName(), row.time(), row.imported());
    }

    /** Undoes the import (after the user confirmed), then every page reads the store again. */
    public void undo(ImportHistoryRow row) {
        busy.set(true);
        message.set(messages.format("importHistory.undoing", row.fileName()));
        runner.job(messages.format("importHistory.undoing", row.fileName()), context -> service.undo(row.id()))
                .onSuccess(this::undone)
                .onFailure(failure -> {
                    busy.set(false);
                    message.set(messages.format("importHistory.undo.failed", row.fileName(),
                            FailureReport.describe(messages, failure)));
                })
                .start();
    }

    private void undone(Optional<UndoneImport> undone) {
        busy.set(false);
        message.set(undone.map(done -> messages.format("importHistory.undone", done.batch().fileName(),
                        messages.count(done.linesRemoved())))
                .orElseGet(() -> messages.get("importHistory.undo.gone")));
        // Every page, this history included, reads the store again; the snapshot is read anew (its revision moved).
        storeChanges.storeChanged();
    }

    /** Newest first. */
    public ObservableList<ImportHistoryRow> rows() {
        return rows;
    }

    /** What happened last ("removed 6 lines of sales.xlsx"), or that there is no import yet. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** While an undo runs: the undo button waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
