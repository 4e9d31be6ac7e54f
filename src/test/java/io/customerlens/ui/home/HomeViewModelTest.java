package io.customerlens.ui.home;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.domain.ImportBatch;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.ui.FakeLapseService;
import io.customerlens.ui.FakeImportService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.importwizard.InspectionFixtures;
import io.customerlens.ui.common.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.customerlens.ui.FakeLapseService.history;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewModelTest {

    @TempDir
    Path dataFolder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeLapseService lapses = new FakeLapseService();
    private final FakeImportService imports = new FakeImportService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<Page> shownPages = new ArrayList<>();
    private final List<Path> demoFiles = new ArrayList<>();

    private HomeViewModel home() {
        DemoWorkbookWriter writer = file -> {
            demoFiles.add(file);
            Files.writeString(file, "demo");
        };
        return new HomeViewModel(lapses, imports, writer, dataFolder.resolve("demo"), TestAnalysis.choices(),
                new SynchronousTaskRunner(messages), messages, storeChanges, shownPages::add);
    }

    @Test
    void emptyStoreOffersTheTwoWaysToStart() {
        HomeViewModel home = home();

        home.refresh();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.EMPTY_STORE);
    }

    @Test
    void filledStoreShowsCustomersLinesPeriodAndTheLapseHeadline() {
        // As of 2024-03-16 C002 (last bought 2023-12-10) has 3 idle months: lapsed. A month before, on
        // 2024-02-16, it had 2: so it is newly lapsed. C001 bought in March: not lapsed, not due yet.
        lapses.answer(new LapseData(LocalDate.of(2024, 3, 16), LocalDate.of(2024, 2, 16), false, List.of(
                history("C001", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 1)),
                history("C002", LocalDate.of(2023, 12, 10))), Map.of()));
        imports.batchesAre(List.of(batch(1, 1200), batch(2, 34)));
        lapses.storedLinesAre(1234);
        HomeViewModel home = home();

        home.refresh();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.FILLED_STORE);
        assertThat(home.customersTextProperty().get()).isEqualTo("2");
        assertThat(home.linesTextProperty().get()).isEqualTo("1,234");
        assertThat(home.dateRangeTextProperty().get()).isEqualTo("2023-12-10 to 2024-03-16");
        assertThat(home.lapsedTextProperty().get()).isEqualTo("1");
        assertThat(home.newlyLapsedTextProperty().get()).isEqualTo("1");
        assertThat(home.atRiskTextProperty().get()).isEqualTo("0");
        assertThat(home.wonBackTextProperty().get()).isEqualTo("0");
        assertThat(home.sinceTextProperty().get()).contains("2024-02-16", "a month before");
    }

    @Test
    void openTheLapseAnalysisShowsTheLapsePage() {
        home().openLapse();

        assertThat(shownPages).containsExactly(Page.LAPSE);
    }

    @Test
    void importAFileOpensTheImportPage() {
        home().importFile();

        assertThat(shownPages).containsExactly(Page.IMPORT);
    }

    @Test
    void demoDataIsWrittenToTheDataFolderAndImportedLikeAnyFile() throws IOException {
        imports.inspectionIs(InspectionFixtures.yearlyWorkbook());
        imports.importDoes((plan, progress, cancel) -> InspectionFixtures.summaryWithOneRejectedLine());
        HomeViewModel home = home();
        home.refresh();

        home.loadDemoData();

        assertThat(demoFiles).containsExactly(dataFolder.resolve("demo").resolve("customerlens-demo.xlsx"));
        assertThat(imports.importedPlans()).hasSize(1);
        assertThat(home.noticeProperty().get()).isEqualTo("Demo data loaded: 100 lines imported.");
        assertThat(home.busyProperty().get()).isFalse();
        assertThat(storeChanges.revisionProperty().get()).isEqualTo(1);
    }

    @Test
    void anImportTakenBackWhenTheStoreOpenedIsSaidOnStart() {
        java.time.Instant started = java.time.LocalDateTime.of(2026, 12, 7, 6, 47)
                .atZone(java.time.ZoneId.systemDefault()).toInstant();
        imports.unfinishedImportsWere(List.of(
                new io.customerlens.domain.UnfinishedImport("demo100k.xlsx", started, 5_000)));

        HomeViewModel home = home();

        assertThat(home.noticeProperty().get()).isEqualTo("The import of demo100k.xlsx started 2026-12-07 06:47 did"
                + " not finish (the program was stopped, or the disk was full); its 5,000 lines were taken back out,"
                + " so the data is exactly as before that import. Import the file again.");
    }

    @Test
    void anImportStoppedBeforeItsFirstLineSaysNothingWasTakenBack() {
        java.time.Instant started = java.time.LocalDateTime.of(2026, 12, 7, 22, 51)
                .atZone(java.time.ZoneId.systemDefault()).toInstant();
        imports.unfinishedImportsWere(List.of(
                new io.customerlens.domain.UnfinishedImport("demo100k.xlsx", started, 0)));

        HomeViewModel home = home();

        assertThat(home.noticeProperty().get()).isEqualTo("The import of demo100k.xlsx started 2026-12-07 22:51 did"
                + " not finish (the program was stopped, or the disk was full) before it had stored any line, so the"
                + " data is exactly as before that import. Import the file again.");
    }

    @Test
    void demoDataFailureIsShownAndTheStoreIsLeftAlone() {
        imports.inspectionFails(new IOException("disk full"));
        HomeViewModel home = home();

        home.loadDemoData();

        assertThat(home.noticeProperty().get()).isEqualTo("The demo data could not be loaded: "
                + "Something went wrong inside CustomerLens; please report it. No log file could be written, so the details are not kept");
        assertThat(storeChanges.revisionProperty().get()).isZero();
        assertThat(home.busyProperty().get()).isFalse();
    }

    @Test
    void factsAreReadAgainAfterAnImport() {
        HomeViewModel home = home();
        home.refresh();
        lapses.answer(new LapseData(LocalDate.of(2024, 3, 16), LocalDate.of(2024, 2, 16), false,
                List.of(history("C001", LocalDate.of(2024, 3, 1))), Map.of()));
        imports.batchesAre(List.of(batch(1, 5)));
        lapses.storedLinesAre(5);

        storeChanges.storeChanged();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.FILLED_STORE);
        assertThat(home.linesTextProperty().get()).isEqualTo("5");
    }

    private static ImportBatch batch(long id, long imported) {
        return new ImportBatch(id, "sales.xlsx", 1000, "abc", "Sheet1", Instant.EPOCH, imported, imported, 0, 0, 0, null, null);
    }
}
