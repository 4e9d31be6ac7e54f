package io.customerlens.ui.shell;

import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import io.customerlens.report.RejectedLinesWorkbook;
import io.customerlens.ui.common.FilePicker;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.customers.CustomersView;
import io.customerlens.ui.customers.CustomersViewModel;
import io.customerlens.ui.home.HomeView;
import io.customerlens.ui.home.HomeViewModel;
import io.customerlens.ui.importwizard.ImportWizardView;
import io.customerlens.ui.importwizard.ImportWizardViewModel;
import io.customerlens.ui.importwizard.RejectedLinesWriter;
import io.customerlens.ui.later.LaterVersionView;
import io.customerlens.report.TableWorkbook;
import io.customerlens.ui.charts.ChartTheme;
import io.customerlens.ui.charts.Charts;
import io.customerlens.ui.common.TableExport;
import io.customerlens.ui.common.TableSaver;
import io.customerlens.ui.lapse.LapseView;
import io.customerlens.ui.lapse.LapseViewModel;
import io.customerlens.ui.segments.SegmentsView;
import io.customerlens.ui.segments.SegmentsViewModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;

/** Builds each page's view and view model over the shared runner, services and navigation. */
public final class ShellPages implements PageFactory {

    private final UiServices services;
    private final TaskRunner runner;
    private final Messages messages;
    private final StoreChanges storeChanges;
    private final Navigator navigator;
    private final FilePicker filePicker;
    private final StringProperty focusedCustomer = new SimpleStringProperty(this, "focusedCustomer");

    public ShellPages(UiServices services, TaskRunner runner, Messages messages, StoreChanges storeChanges,
                      Navigator navigator, FilePicker filePicker) {
        this.services = services;
        this.runner = runner;
        this.messages = messages;
        this.storeChanges = storeChanges;
        this.navigator = navigator;
        this.filePicker = filePicker;
    }

    @Override
    public Node create(Page page) {
        return switch (page) {
            case HOME -> home();
            case CUSTOMERS -> customers();
            case IMPORT -> importWizard();
            case LAPSE -> lapse();
            case SEGMENTS -> segments();
            case PRODUCTS -> new LaterVersionView(messages, "nav.products", "ui.later.products").node();
            case FOLLOW_UPS -> new LaterVersionView(messages, "nav.followUps", "ui.later.followUps").node();
        };
    }

    private Node home() {
        HomeViewModel viewModel = new HomeViewModel(services.lapseService(), services.importService(),
                services.demoWorkbookWriter(), services.dataFolder().resolve("demo"), runner, messages,
                storeChanges, navigator);
        viewModel.refresh();
        return new HomeView(viewModel, messages).node();
    }

    private Node customers() {
        CustomersViewModel viewModel = new CustomersViewModel(services.customerService(), runner, messages, storeChanges);
        // Until the customer card exists, "open a customer" shows it found in the Customers list.
        if (focusedCustomer.get() != null) {
            viewModel.searchProperty().set(focusedCustomer.get());
        }
        focusedCustomer.addListener((observable, before, key) -> {
            if (key != null) {
                viewModel.searchProperty().set(key);
            }
        });
        viewModel.refresh();
        return new CustomersView(viewModel, messages).node();
    }

    private Node lapse() {
        LapseViewModel viewModel = new LapseViewModel(services.lapseService(), runner, messages, storeChanges,
                this::openCustomer);
        viewModel.refresh();
        return new LapseView(viewModel, messages, charts(), tableSaver()).node();
    }

    private Node segments() {
        SegmentsViewModel viewModel = new SegmentsViewModel(services.segmentService(), runner, messages, storeChanges,
                this::openCustomer);
        viewModel.refresh();
        return new SegmentsView(viewModel, messages, charts(), tableSaver()).node();
    }

    private Charts charts() {
        return new Charts(ChartTheme.forInstalledFonts(), messages);
    }

    private TableSaver tableSaver() {
        return new TableSaver(filePicker, runner, new TableExport(new TableWorkbook()), messages);
    }

    private void openCustomer(String customerKey) {
        focusedCustomer.set(null);
        focusedCustomer.set(customerKey);
        navigator.show(Page.CUSTOMERS);
    }

    private Node importWizard() {
        // Labelled in the window's language, so built here rather than once for the app.
        RejectedLinesWriter rejectedLinesWriter = (rejected, file) ->
                new RejectedLinesWorkbook(messages.bundle()).write(rejected, file);
        ImportWizardViewModel viewModel = new ImportWizardViewModel(services.importService(),
                rejectedLinesWriter, runner, messages, storeChanges, navigator);
        return new ImportWizardView(viewModel, messages, filePicker).node();
    }
}
