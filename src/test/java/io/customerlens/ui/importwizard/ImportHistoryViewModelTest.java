package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportBatch;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportServices;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Import page's history over the store fixtures: sales-jan-feb.csv (9 read, 6 imported, 1 duplicate,
 * 1 rejected), then sales-feb-mar.csv (6 read, 3 imported, 3 duplicate).
 */
class ImportHistoryViewModelTest {

    @TempDir
    Path folder;

    private final StoreChanges storeChanges = new StoreChanges();
    private Database database;
    private ImportService imports;

    @BeforeEach
    void importBoth() throws IOException {
        database = Database.open(folder);
        imports = ImportServices.over(database, Clock.fixed(Instant.parse("2024-04-02T09:30:00Z"), ZoneOffset.UTC));
        for (String name : new String[] {"sales-jan-feb.csv", "sales-feb-mar.csv"}) {
            Path file = Path.of("src/test/resources/fixtures/store", name).toAbsolutePath();
            ImportOptions options = ImportOptions.defaults();
            ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
            imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportHistoryViewModel history(Locale locale) {
        Messages messages = Messages.forLocale(locale);
        ImportHistoryViewModel viewModel = new ImportHistoryViewModel(imports, new SynchronousTaskRunner(messages),
                messages, storeChanges);
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void everyImportIsListedNewestFirstWithItsCountsAndDates() {
        ImportHistoryViewModel viewModel = history(Locale.ENGLISH);

        assertThat(viewModel.rows()).extracting(ImportHistoryRow::fileName, ImportHistoryRow::read,
                        ImportHistoryRow::imported, ImportHistoryRow::duplicate, ImportHistoryRow::rejected,
                        ImportHistoryRow::dates)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sales-feb-mar.csv", "6", "3", "3", "0",
                                "2024-02-10 to 2024-03-20"),
                        org.assertj.core.groups.Tuple.tuple("sales-jan-feb.csv", "9", "6", "1", "1",
                                "2024-01-05 to 2024-02-28"));
        assertThat(history(Locale.SIMPLIFIED_CHINESE).rows().getFirst().dates()).isEqualTo("2024-02-10 至 2024-03-20");
    }

    @Test
    void undoRemovesTheImportTellsThePagesAndListsWhatIsLeft() {
        ImportHistoryViewModel viewModel = history(Locale.ENGLISH);
        AnalysisSnapshots snapshots = new AnalysisSnapshots(database);
        assertThat(snapshots.current().lineCount()).isEqualTo(9);
        long revision = storeChanges.revisionProperty().get();
        ImportHistoryRow older = viewModel.rows().get(1);

        assertThat(viewModel.confirmation(older)).startsWith("Remove the 6 sales lines imported from sales-jan-feb.csv");
        viewModel.undo(older);

        assertThat(storeChanges.revisionProperty().get()).as("every page reads again").isEqualTo(revision + 1);
        assertThat(viewModel.rows()).extracting(ImportHistoryRow::fileName).containsExactly("sales-feb-mar.csv");
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Undone: 6 sales lines of sales-jan-feb.csv removed. Follow-up tasks are kept.");
        assertThat(snapshots.current().lineCount()).as("the figures are computed again").isEqualTo(3);
        assertThat(imports.batches()).extracting(ImportBatch::fileName).containsExactly("sales-feb-mar.csv");
    }

    @Test
    void anImportAlreadyUndoneElsewhereSaysSo() {
        ImportHistoryViewModel viewModel = history(Locale.ENGLISH);
        ImportHistoryRow older = viewModel.rows().get(1);
        imports.undo(older.id()).orElseThrow();

        viewModel.undo(older);

        assertThat(viewModel.messageProperty().get()).isEqualTo("That import was already undone.");
        assertThat(viewModel.rows()).hasSize(1);
    }

    @Test
    void anEmptyStoreSaysNothingWasImported() throws IOException {
        imports.batches().forEach(batch -> imports.undo(batch.id()));

        ImportHistoryViewModel viewModel = history(Locale.ENGLISH);

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Nothing imported yet.");
    }
}
