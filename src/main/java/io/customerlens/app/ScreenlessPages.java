package io.customerlens.app;

import io.customerlens.cli.BenchPage;
import io.customerlens.cli.PageBench;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.CustomerRow;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.ui.card.CustomerCardViewModel;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.CallListWarmUp;
import io.customerlens.ui.common.EmptyStoreViewModel;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.customers.CustomersViewModel;
import io.customerlens.ui.followups.DueTasksViewModel;
import io.customerlens.ui.followups.FollowUpsViewModel;
import io.customerlens.ui.home.DemoWorkbookWriter;
import io.customerlens.ui.home.HomeViewModel;
import io.customerlens.ui.lapse.LapseViewModel;
import io.customerlens.ui.products.ProductsViewModel;
import io.customerlens.ui.sales.SalesDashboardViewModel;
import io.customerlens.ui.segments.SegmentsViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The app's pages without a screen, for {@code bench --refresh}: each page's view models built over the
 * services as {@code ShellPages} builds them on a user's first visit, and loaded fully through a
 * {@link SynchronousTaskRunner}, so a page's time is its load and nothing else. No view is built, so no
 * JavaFX toolkit is needed (the view models use JavaFX properties and collections only).
 */
final class ScreenlessPages implements PageBench {

    @Override
    public Pages open(Path dataFolder, MessageBundle messages) {
        return new OpenPages(new AppContext(dataFolder), dataFolder, new Messages(messages));
    }

    /** One window's pages: every view model built stays here, alive and listening, until closed. */
    private static final class OpenPages implements Pages {

        /** The bench never loads demo data; Home only needs a writer to hold. */
        private static final DemoWorkbookWriter NO_DEMO = file -> {
            throw new UnsupportedOperationException("bench --refresh loads no demo data");
        };
        /** Nowhere to go without a screen: a page's buttons are not pressed. */
        private static final Navigator NOWHERE = page -> { };

        private final AppContext context;
        private final Path dataFolder;
        private final Messages messages;
        private final SynchronousTaskRunner runner;
        private final StoreChanges storeChanges = new StoreChanges();
        private final StoreChanges followUpChanges = new StoreChanges();
        /** The analysis settings every page follows, in memory: a benchmark leaves the user's settings alone. */
        private final AnalysisChoices analysis = new AnalysisChoices(new AppSettings(new InMemorySettingsStore()));
        private final List<Object> openViewModels = new ArrayList<>();
        private CustomersViewModel customers;
        private LapseViewModel lapse;
        private CustomerCardViewModel card;

        OpenPages(AppContext context, Path dataFolder, Messages messages) {
            this.context = context;
            this.dataFolder = dataFolder;
            this.messages = messages;
            // Learning the window does aside waits until asked for, so a step's time is what its pages show.
            this.runner = SynchronousTaskRunner.deferringAside(messages);
        }

        @Override
        public long buildSnapshot() {
            // The one read every page, the card and the commands share (docs/decisions/0008).
            return context.snapshots().current().lineCount();
        }

        @Override
        public void visit(BenchPage page) {
            int failuresBefore = runner.handledFailures().size();
            switch (page) {
                case HOME -> home();
                case CUSTOMERS -> customers();
                case LAPSE -> lapse();
                case SEGMENTS -> segments();
                case PRODUCTS -> products();
                case FOLLOW_UPS -> followUps();
            }
            // A first visit counts whatever learning it set off: the conservative reading of a page's time.
            runner.runAsideJobs();
            requireLoaded(failuresBefore);
        }

        /** Home: its own figures, then the due tasks and the sales dashboard, in the order ShellPages builds them. */
        private void home() {
            HomeViewModel home = keep(new HomeViewModel(context.lapseService(), context.importService(), NO_DEMO,
                    dataFolder.resolve("demo"), analysis, runner, messages, storeChanges, NOWHERE));
            home.refresh();
            DueTasksViewModel dueTasks = keep(new DueTasksViewModel(context.followUpService(), runner, messages,
                    storeChanges, followUpChanges, () -> { }));
            dueTasks.refresh();
            SalesDashboardViewModel sales = keep(new SalesDashboardViewModel(context.productService(), analysis, runner,
                    messages, storeChanges, this::openCustomer));
            sales.refresh();
        }

        private void customers() {
            customers = keep(new CustomersViewModel(context.customerService(), analysis, runner, messages, storeChanges,
                    this::openCustomer));
            customers.refresh();
            untilSales();
        }

        private void lapse() {
            lapse = keep(new LapseViewModel(context.lapseService(), analysis, runner, messages, storeChanges, this::openCustomer));
            lapse.refresh();
            untilSales();
        }

        private void segments() {
            keep(new SegmentsViewModel(context.segmentService(), analysis, runner, messages, storeChanges, this::openCustomer))
                    .refresh();
            untilSales();
        }

        private void products() {
            keep(new ProductsViewModel(context.productService(), analysis, runner, messages, storeChanges, this::openCustomer))
                    .refresh();
            untilSales();
        }

        private void followUps() {
            keep(new FollowUpsViewModel(context.followUpService(), context.lapseService(),
                    context.customerCardService(), analysis, runner, messages, storeChanges, followUpChanges,
                    this::openCustomer)).refresh();
        }

        /** The check every page but Home and Follow-ups makes, whether the store holds sales yet. */
        private void untilSales() {
            keep(new EmptyStoreViewModel(context.importService()::storeIsEmpty, runner, messages, storeChanges,
                    NOWHERE)).refresh();
        }

        /** As the window does after its first page: the same class, over the same runner and settings. */
        @Override
        public void warmUp() {
            int failuresBefore = runner.handledFailures().size();
            new CallListWarmUp(context.lapseService(), context.customerService(), analysis, runner, messages,
                    storeChanges).start();
            runner.runAsideJobs();
            requireLoaded(failuresBefore);
        }

        @Override
        public boolean openCard() {
            if (customers == null || customers.rows().isEmpty()) {
                return false;
            }
            String key = customers.rows().stream()
                    .max(Comparator.comparingLong((CustomerRow row) -> row.summary().orders())
                            .thenComparing(CustomerRow::key, Comparator.reverseOrder()))
                    .orElseThrow().key();
            int failuresBefore = runner.handledFailures().size();
            card = keep(new CustomerCardViewModel(context.customerCardService(), context.followUpService(), analysis, runner,
                    messages, storeChanges, followUpChanges, key));
            card.refresh();
            requireLoaded(failuresBefore);
            return true;
        }

        /** N set once in the shared settings, as on any page: every open page and the card follow it. */
        @Override
        public void changeLapseWindow(int months) {
            int failuresBefore = runner.handledFailures().size();
            analysis.update(settings -> settings.withLapseWindow(new LapseWindow(months)));
            requireLoaded(failuresBefore);
        }

        @Override
        public int finishAside() {
            int failuresBefore = runner.handledFailures().size();
            int ran = runner.runAsideJobs();
            requireLoaded(failuresBefore);
            return ran;
        }

        private void openCustomer(String customerKey) {
            // A list's double-click; nobody clicks here.
        }

        private <T> T keep(T viewModel) {
            openViewModels.add(viewModel);
            return viewModel;
        }

        private void requireLoaded(int failuresBefore) {
            List<Throwable> failures = runner.handledFailures();
            if (failures.size() > failuresBefore) {
                throw new LoadFailed(failures.get(failuresBefore));
            }
        }

        @Override
        public void close() {
            analysis.close();
            openViewModels.clear();
            customers = null;
            lapse = null;
            card = null;
            context.close();
        }
    }
}
