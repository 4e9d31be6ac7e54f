package io.customerlens.ui.home;

import io.customerlens.domain.ImportBatch;
import io.customerlens.service.CustomerOverview;
import io.customerlens.ui.FakeCustomerService;
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

import static io.customerlens.ui.FakeCustomerService.customer;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewModelTest {

    @TempDir
    Path dataFolder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeCustomerService customers = new FakeCustomerService();
    private final FakeImportService imports = new FakeImportService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<Page> shownPages = new ArrayList<>();
    private final List<Path> demoFiles = new ArrayList<>();

    private HomeViewModel home() {
        DemoWorkbookWriter writer = file -> {
            demoFiles.add(file);
            Files.writeString(file, "demo");
        };
        return new HomeViewModel(customers, imports, writer, dataFolder.resolve("demo"),
                new SynchronousTaskRunner(messages), messages, storeChanges, shownPages::add);
    }

    @Test
    void emptyStoreOffersTheTwoWaysToStart() {
        HomeViewModel home = home();

        home.refresh();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.EMPTY_STORE);
    }

    @Test
    void filledStoreShowsCustomersLinesAndPeriod() {
        customers.answer(new CustomerOverview(LocalDate.of(2024, 3, 16), List.of(
                customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50"),
                customer("C002", "永辉便利店", "便利店", "华南", "便利", "李强", "250.00"))));
        imports.batchesAre(List.of(batch(1, 1200), batch(2, 34)));
        HomeViewModel home = home();

        home.refresh();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.FILLED_STORE);
        assertThat(home.customersTextProperty().get()).isEqualTo("2");
        assertThat(home.linesTextProperty().get()).isEqualTo("1,234");
        assertThat(home.dateRangeTextProperty().get()).isEqualTo("2024-01-05 to 2024-03-16");
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
    void demoDataFailureIsShownAndTheStoreIsLeftAlone() {
        imports.inspectionFails(new IOException("disk full"));
        HomeViewModel home = home();

        home.loadDemoData();

        assertThat(home.noticeProperty().get()).isEqualTo("The demo data could not be loaded: disk full");
        assertThat(storeChanges.revisionProperty().get()).isZero();
        assertThat(home.busyProperty().get()).isFalse();
    }

    @Test
    void factsAreReadAgainAfterAnImport() {
        HomeViewModel home = home();
        home.refresh();
        customers.answer(new CustomerOverview(LocalDate.of(2024, 3, 16), List.of(
                customer("C001", "华联超市", "零售", "华东", "KA", "王芳", "2000.50"))));
        imports.batchesAre(List.of(batch(1, 5)));

        storeChanges.storeChanged();

        assertThat(home.stateProperty().get()).isEqualTo(HomeState.FILLED_STORE);
        assertThat(home.linesTextProperty().get()).isEqualTo("5");
    }

    private static ImportBatch batch(long id, long imported) {
        return new ImportBatch(id, "sales.xlsx", 1000, "abc", "Sheet1", Instant.EPOCH, imported, imported, 0, 0, 0);
    }
}
