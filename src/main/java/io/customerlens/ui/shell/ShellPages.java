package io.customerlens.ui.shell;

import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.EmptyStoreView;
import io.customerlens.ui.common.EmptyStoreViewModel;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import io.customerlens.report.RejectedLinesWorkbook;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.card.CustomerCardView;
import io.customerlens.ui.card.CustomerCardViewModel;
import io.customerlens.ui.customers.CustomersView;
import io.customerlens.ui.customers.CustomersViewModel;
import io.customerlens.ui.home.HomeView;
import io.customerlens.ui.home.HomeViewModel;
import io.customerlens.ui.importwizard.ImportWizardView;
import io.customerlens.ui.importwizard.ImportWizardViewModel;
import io.customerlens.ui.importwizard.RejectedLinesWriter;
import io.customerlens.ui.followups.DueTasksSection;
import io.customerlens.ui.followups.DueTasksViewModel;
import io.customerlens.ui.followups.FollowUpsView;
import io.customerlens.ui.followups.FollowUpsViewModel;
import io.customerlens.ui.followups.TaskListFilter;
import io.customerlens.report.TableWorkbook;
import io.customerlens.ui.charts.ChartTheme;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.common.TableExport;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.ui.backtest.BacktestView;
import io.customerlens.ui.backtest.BacktestViewModel;
import io.customerlens.ui.lapse.LapseView;
import io.customerlens.ui.lapse.LapseViewModel;
import io.customerlens.ui.print.PdfOutput;
import io.customerlens.ui.print.PrintButton;
import io.customerlens.ui.print.Printers;
import io.customerlens.ui.common.PageParts;
import io.customerlens.ui.common.FreshnessBanner;
import io.customerlens.ui.common.FreshnessViewModel;
import io.customerlens.ui.importwizard.ImportHistoryView;
import io.customerlens.ui.importwizard.ImportHistoryViewModel;
import javafx.scene.control.TabPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import io.customerlens.ui.segments.SegmentsView;
import io.customerlens.ui.segments.SegmentsViewModel;
import io.customerlens.ui.products.ProductsView;
import io.customerlens.ui.products.ProductsViewModel;
import io.customerlens.ui.sales.SalesDashboardView;
import io.customerlens.ui.sales.SalesDashboardViewModel;
import javafx.scene.control.ScrollPane;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Supplier;
import io.customerlens.ui.print.PrintablePdf;
import io.customerlens.service.card.CardBook;
import io.customerlens.ui.bulk.CustomerBulkActions;
import io.customerlens.ui.bulk.CustomerBulkViewModel;
import io.customerlens.ui.bulk.TextClipboard;

/** Builds each page's view and view model over the shared runner, services and navigation. */
public final class ShellPages implements PageFactory {

    private final UiServices services;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges storeChanges;
    private final Navigator navigator;
    private final FilePicker filePicker;
    /** Follow-up tasks changed on the Follow-ups page: Home's due tasks read again. */
    private final StoreChanges followUpChanges = new StoreChanges();
    /** The filter Home's "due tasks" button asks the Follow-ups page to show. */
    private final ObjectProperty<TaskListFilter> followUpsFilter = new SimpleObjectProperty<>(this, "followUpsFilter");
    /** The analysis settings every page, the card and the printouts share. */
    private final AnalysisChoices analysis;
    /** The card shown now, let go when it closes; null when none is shown. */
    private CustomerCardViewModel card;
    /** Pages, cards and the customer list filtered to a clicked figure's customers. */
    private final PageLinks links;

    public ShellPages(UiServices services, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                      StoreChanges storeChanges, Navigator navigator, FilePicker filePicker) {
        this.services = services;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        this.storeChanges = storeChanges;
        this.navigator = navigator;
        this.filePicker = filePicker;
        this.links = new PageLinks(navigator);
    }

    @Override
    public Node create(Page page) {
        return switch (page) {
            case HOME -> home();
            case CUSTOMERS -> customers();
            case IMPORT -> importWizard();
            case LAPSE -> lapse();
            case BACKTEST -> backtest();
            case SEGMENTS -> segments();
            case PRODUCTS -> products();
            case FOLLOW_UPS -> followUps();
        };
    }

    private Node home() {
        HomeViewModel viewModel = new HomeViewModel(services.lapseService(), services.importService(),
                services.demoWorkbookWriter(), services.dataFolder().resolve("demo"), analysis, runner, messages,
                storeChanges, links);
        viewModel.refresh();
        HomeView homeView = new HomeView(viewModel, messages);
        homeView.placeBeside(dueTasks());
        VBox home = homeView.node();
        home.getChildren().add(1, freshnessBanner("home-freshness").node());
        home.getChildren().add(salesDashboard());
        // The sales section makes Home longer than the window: it scrolls, the width still follows the window.
        ScrollPane scrolling = new ScrollPane(home);
        scrolling.setId("home-scroll");
        scrolling.setFitToWidth(true);
        scrolling.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scrolling;
    }

    private Node salesDashboard() {
        SalesDashboardViewModel viewModel = new SalesDashboardViewModel(services.productService(), analysis, runner, messages,
                storeChanges, links);
        viewModel.refresh();
        return new SalesDashboardView(viewModel, messages, charts(), tableSaver()).node();
    }

    /** Home's section of overdue and due-today follow-ups, which is also the notice on start. */
    private Region dueTasks() {
        DueTasksViewModel viewModel = new DueTasksViewModel(services.followUpService(), runner, messages, storeChanges,
                followUpChanges, () -> {
                    followUpsFilter.set(null);
                    followUpsFilter.set(TaskListFilter.DUE_NOW);
                    navigator.show(Page.FOLLOW_UPS);
                });
        viewModel.refresh();
        return new DueTasksSection(viewModel, messages).node();
    }

    private Node followUps() {
        FollowUpsViewModel viewModel = new FollowUpsViewModel(services.followUpService(), services.lapseService(),
                services.customerCardService(), analysis, runner, messages, storeChanges, followUpChanges,
                links); // opens a task's customer, and a stop reason's customers as the list
        followUpsFilter.subscribe(filter -> {
            if (filter != null) {
                viewModel.showFilter(filter);
            }
        });
        viewModel.refresh();
        FollowUpsView view = new FollowUpsView(viewModel, messages, charts(), tableSaver(), filePicker);
        view.addHeadingAction(printAction("followups-print", "print.calls.button", "print.calls.tip",
                () -> printedReports().callSheet(analysis.get().lapseWindow())));
        FreshnessViewModel freshness = freshness();
        view.askBeforeGenerating(freshness::questionBeforePlanning);
        return withBanner(new FreshnessBanner(freshness, messages, "followups-freshness").node(), view.node());
    }

    private Node customers() {
        CustomersViewModel viewModel = new CustomersViewModel(services.customerService(), analysis, runner, messages, storeChanges,
                this::openCustomer);
        viewModel.refresh();
        links.drillRequestProperty().subscribe(drill -> {
            if (drill != null) {
                viewModel.drill(drill);
            }
        });
        return untilSales(new CustomersView(viewModel, messages, tableSaver(), bulkActions()).node(), "customers-empty",
                "nav.customers",
                "empty.purpose.customers");
    }

    @Override
    public Node customer(String customerKey, Runnable back) {
        customerClosed();
        CustomerCardViewModel viewModel = new CustomerCardViewModel(services.customerCardService(),
                services.followUpService(), analysis, runner, messages, storeChanges, followUpChanges, customerKey);
        card = viewModel;
        viewModel.refresh();
        return new CustomerCardView(viewModel, messages, charts(), pdfOutput(), back).node();
    }

    @Override
    public void customerClosed() {
        if (card != null) {
            card.dispose();
            card = null;
        }
    }

    private PdfOutput pdfOutput() {
        return new PdfOutput(runner, messages, filePicker, Printers.system());
    }

    private Node lapse() {
        LapseViewModel viewModel = new LapseViewModel(services.lapseService(), analysis, runner, messages, storeChanges,
                links);
        viewModel.refresh();
        LapseView view = new LapseView(viewModel, messages, charts(), tableSaver(), bulkActions());
        view.addHeadingAction(printAction("lapse-print", "print.lapsed.button", "print.lapsed.tip",
                () -> printedReports().lapsed(viewModel)));
        return withBanner(freshnessBanner("lapse-freshness").node(),
                untilSales(view.node(), "lapse-empty", "nav.lapse", "empty.purpose.lapse"));
    }

    /** How the call list would have done at a past cut-off: the model, recency and the other rankings side by side. */
    private Node backtest() {
        BacktestViewModel viewModel = new BacktestViewModel(services.lapseService(), analysis, runner, messages,
                storeChanges);
        viewModel.refresh();
        return untilSales(new BacktestView(viewModel, messages, charts(), tableSaver()).node(), "backtest-empty",
                "nav.backtest", "empty.purpose.backtest");
    }

    /** A print button with its progress message beside it. */
    private Node printAction(String id, String textKey, String tipKey, Supplier<PrintablePdf> report) {
        PdfOutput output = pdfOutput();
        HBox print = new HBox(8, PageParts.notice(output.messageProperty()),
                PrintButton.of(id, textKey, tipKey, messages, output, report));
        print.setAlignment(Pos.CENTER_RIGHT);
        return print;
    }

    private PrintedReports printedReports() {
        return new PrintedReports(services, messages);
    }

    private Node segments() {
        SegmentsViewModel viewModel = new SegmentsViewModel(services.segmentService(), analysis, runner, messages, storeChanges,
                links);
        viewModel.refresh();
        SegmentsView view = new SegmentsView(viewModel, messages, charts(), tableSaver(), bulkActions());
        view.addHeadingAction(printAction("segments-print", "print.segments.button", "print.segments.tip",
                () -> printedReports().segmentSummary(viewModel)));
        return untilSales(view.node(), "segments-empty", "nav.segments", "empty.purpose.segments");
    }

    private Node products() {
        ProductsViewModel viewModel = new ProductsViewModel(services.productService(), analysis, runner, messages, storeChanges,
                links);
        viewModel.refresh();
        return untilSales(new ProductsView(viewModel, messages, charts(), tableSaver(), bulkActions()).node(),
                "products-empty",
                "nav.products",
                "empty.purpose.products");
    }

    /**
     * The page once the store holds sales; before, what it will show and the buttons to import a file or try
     * the demo data, instead of empty tables, tables of zeros and "no matching customers".
     */
    private Node untilSales(Node page, String id, String titleKey, String purposeKey) {
        EmptyStoreViewModel empty = new EmptyStoreViewModel(services.importService()::storeIsEmpty, runner, messages,
                storeChanges, navigator);
        empty.refresh();
        return EmptyStoreView.around(page, empty, messages, id, titleKey, purposeKey);
    }

    /** Whether the sales data is stale, for one page's banner (and Follow-ups' question before generating). */
    private FreshnessViewModel freshness() {
        FreshnessViewModel viewModel = new FreshnessViewModel(services.followUpService(), analysis::staleAfterDays,
                runner, messages, storeChanges, navigator);
        viewModel.refresh();
        return viewModel;
    }

    private FreshnessBanner freshnessBanner(String id) {
        return new FreshnessBanner(freshness(), messages, id);
    }

    /** The page under the stale-data banner, which takes no room while the data is fresh. */
    private static Node withBanner(Node banner, Node page) {
        VBox box = new VBox(banner, page);
        VBox.setMargin(banner, new javafx.geometry.Insets(8, 16, 0, 16));
        VBox.setVgrow(page, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private Charts charts() {
        return new Charts(ChartTheme.forInstalledFonts(), messages);
    }

    /** Tasks, copy, Excel and cards for the customers picked on a page's lists (one set of actions a page). */
    private CustomerBulkActions bulkActions() {
        CustomerBulkViewModel viewModel = new CustomerBulkViewModel(services.followUpService(),
                new CardBook(services.customerCardService()), analysis, runner, messages, followUpChanges);
        return new CustomerBulkActions(viewModel, messages, new TableExport(new TableWorkbook()), tableSaver(),
                pdfOutput(), filePicker, TextClipboard.system());
    }

    private TableSaver tableSaver() {
        return new TableSaver(filePicker, runner, new TableExport(new TableWorkbook()), messages);
    }

    /** Every list's double-click or Enter: the customer's card over the page, Back returns to it. */
    private void openCustomer(String customerKey) {
        navigator.openCustomer(customerKey);
    }

    private Node importWizard() {
        // Labelled in the window's language, so built here rather than once for the app.
        RejectedLinesWriter rejectedLinesWriter = (rejected, file) ->
                new RejectedLinesWorkbook(messages.bundle()).write(rejected, file);
        ImportWizardViewModel viewModel = new ImportWizardViewModel(services.importService(),
                rejectedLinesWriter, runner, messages, storeChanges, navigator);
        ImportHistoryViewModel history = new ImportHistoryViewModel(services.importService(), runner, messages,
                storeChanges);
        history.refresh();
        TabPane tabs = new TabPane(
                PageParts.tab(messages, "import-tab-file", "importHistory.tab.import",
                        new ImportWizardView(viewModel, messages, filePicker).node()),
                PageParts.tab(messages, "import-tab-history", "importHistory.tab.history",
                        new ImportHistoryView(history, messages).node()));
        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
