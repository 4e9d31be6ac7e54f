package io.customerlens.ui.shell;

import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.card.CustomerCardViewModel;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.customers.CustomersViewModel;
import io.customerlens.ui.home.HomeViewModel;
import io.customerlens.ui.lapse.LapseViewModel;
import io.customerlens.ui.segments.SegmentsViewModel;
import io.customerlens.ui.settings.SettingsViewModel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * One set of analysis settings: a choice made on one page is what every other page, the customer card and the
 * printed summary use. Over fixtures/ui/card-sales.csv (as of 2024-06-30): K001 last bought 2024-02-10, 4 idle
 * months, so lapsed for N = 3 and not for N = 6; K002 bought 2024-06-30.
 * <p>
 * Key accounts by hand (no cost column: margin unavailable, its weight shared out): K002 is the weakest in net
 * amount, orders and tenure (0 each) and ties K001 in regularity (2 of 6 months against 4 of 12: 100 each) and has
 * the best growth (none before: 100). Default weights 40/15/15/(10)/5/15: K002 = (15 + 15) / 90 = 33.3, ordinary.
 * Net amount set to 0 on the Segments page: 25/25/25/17/8/25 in whole percent, in force without margin
 * (25 + 25) / 83 = 60.2, a key account (50 ≤ score &lt; 70).
 */
class SharedAnalysisSettingsTest {

    private static final String FIXTURE = "src/test/resources/fixtures/ui/card-sales.csv";

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private final StoreChanges storeChanges = new StoreChanges();
    private final InMemorySettingsStore settingsStore = new InMemorySettingsStore();
    private final AppSettings settings = new AppSettings(settingsStore);
    private final AnalysisChoices analysis = new AnalysisChoices(settings);
    private Database database;
    private UiServices services;

    @BeforeEach
    void importFixture() throws IOException {
        database = Database.open(folder.resolve("store"));
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener),
                new SpreadsheetImporter(opener, Clock.systemUTC()), clock);
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(Path.of(FIXTURE).toAbsolutePath(), options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        LapseService lapses = new LapseService(database, RankingSelector.DEFAULT);
        SegmentService segments = new SegmentService(database);
        FollowUpService followUps = new FollowUpService(database, lapses, segments, clock);
        services = new UiServices(imports, new CustomerService(database, new CustomerAnalysis(), segments), lapses,
                segments, new ProductService(database), followUps,
                new CustomerCardService(database, lapses, segments, followUps::historyOf), file -> { },
                folder);
    }

    @AfterEach
    void closeStore() {
        analysis.close();
        database.close();
    }

    @Test
    void lapseWindowSetOnTheLapsePageIsUsedByHomeTheCardAndThePrintedSummary() throws IOException {
        LapseViewModel lapse = lapsePage();
        HomeViewModel home = homePage();
        CustomerCardViewModel card = card("K001");
        SegmentsViewModel segments = segmentsPage();
        assertThat(home.lapsedTextProperty().get()).isEqualTo("1");
        assertThat(card.cardProperty().get().badges().lifecycle().code()).isEqualTo("lapsed");

        lapse.windowMonthsProperty().set(6);

        assertThat(home.lapsedTextProperty().get()).as("K001: 4 idle months < 6").isEqualTo("0");
        assertThat(home.headlineTitleProperty().get()).isEqualTo("Restocking (lapsed after 6 months)");
        assertThat(card.windowProperty().get()).isEqualTo(6);
        assertThat(card.cardProperty().get().window().months()).isEqualTo(6);
        assertThat(card.cardProperty().get().badges().lifecycle().code()).isNotEqualTo("lapsed");
        String printed = text(new PrintedReports(services, messages).segmentSummary(segments).maker().make());
        assertThat(printed).contains("Lapse window: 6 or more calendar months without a purchase");
        assertThat(printed).containsPattern("Lifecycle\\s+Lapsed\\s+0\\s");
    }

    @Test
    void keyAccountWeightsSetOnTheSegmentsPageAreUsedByCustomersAndTheCard() throws IOException {
        SegmentsViewModel segments = segmentsPage();
        CustomersViewModel customers = customersPage();
        CustomerCardViewModel card = card("K002");
        assertThat(keyAccountTierOf(customers, "K002")).isEqualTo(KeyAccountTier.ORDINARY);
        assertThat(card.cardProperty().get().badges().keyAccount().code()).isEqualTo("ordinary");

        segments.setWeight(KeyAccountCriterion.NET_AMOUNT, 0);

        assertThat(keyAccountTierOf(customers, "K002")).as("(25 + 25) / 83 = 60.2").isEqualTo(KeyAccountTier.KEY);
        assertThat(card.cardProperty().get().badges().keyAccount().code()).isEqualTo("key");
        String printed = text(new PrintedReports(services, messages).segmentSummary(segments).maker().make());
        assertThat(printed).containsPattern("Key account\\s+Key\\s+1\\s");
    }

    @Test
    void aDisposedViewModelNoLongerFollowsTheSettings() {
        LapseViewModel lapse = lapsePage();
        HomeViewModel home = homePage();
        CustomerCardViewModel card = card("K001");
        home.dispose();
        card.dispose();

        lapse.windowMonthsProperty().set(6);

        assertThat(home.lapsedTextProperty().get()).isEqualTo("1");
        assertThat(card.windowProperty().get()).isEqualTo(3);
        assertThat(card.cardProperty().get().window().months()).isEqualTo(3);
    }

    @Test
    void settingsDialogReachesTheOpenPagesAndItsResetBringsBackTheDefaults() {
        LapseViewModel lapse = lapsePage();
        HomeViewModel home = homePage();
        SettingsViewModel dialog = new SettingsViewModel(settings, folder);
        dialog.analysis().lapseMonthsProperty().set(6);
        dialog.apply();

        assertThat(lapse.windowMonthsProperty().get()).isEqualTo(6);
        assertThat(home.lapsedTextProperty().get()).isEqualTo("0");

        SettingsViewModel again = new SettingsViewModel(settings, folder);
        assertThat(again.analysis().lapseMonthsProperty().get()).isEqualTo(6);
        again.analysis().resetToDefaults();
        again.apply();

        assertThat(lapse.windowMonthsProperty().get()).isEqualTo(3);
        assertThat(home.lapsedTextProperty().get()).isEqualTo("1");
        assertThat(settingsStore.get("analysis")).as("defaults are stored as no value").isEmpty();
    }

    @Test
    void pagesBuiltAfterAChangeStartFromIt() {
        lapsePage().windowMonthsProperty().set(12);

        assertThat(card("K001").windowProperty().get()).isEqualTo(12);
        assertThat(new AnalysisChoices(new AppSettings(settingsStore)).get().lapseWindow().months())
                .as("persisted").isEqualTo(12);
    }

    private static KeyAccountTier keyAccountTierOf(CustomersViewModel customers, String key) {
        return customers.rows().stream().filter(row -> row.key().equals(key)).map(CustomerRow::segments)
                .findFirst().orElseThrow().keyAccountTier();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private LapseViewModel lapsePage() {
        LapseViewModel page = new LapseViewModel(services.lapseService(), analysis, runner, messages, storeChanges,
                key -> { });
        page.refresh();
        return page;
    }

    private HomeViewModel homePage() {
        HomeViewModel page = new HomeViewModel(services.lapseService(), services.importService(),
                services.demoWorkbookWriter(), folder.resolve("demo"), analysis, runner, messages, storeChanges,
                shown -> { });
        page.refresh();
        return page;
    }

    private SegmentsViewModel segmentsPage() {
        SegmentsViewModel page = new SegmentsViewModel(services.segmentService(), analysis, runner, messages,
                storeChanges, key -> { });
        page.refresh();
        return page;
    }

    private CustomersViewModel customersPage() {
        CustomersViewModel page = new CustomersViewModel(services.customerService(), analysis, runner, messages,
                storeChanges, key -> { });
        page.refresh();
        return page;
    }

    private CustomerCardViewModel card(String key) {
        CustomerCardViewModel card = new CustomerCardViewModel(services.customerCardService(),
                services.followUpService(), analysis, runner, messages, storeChanges, new StoreChanges(), key);
        card.refresh();
        return card;
    }
}
