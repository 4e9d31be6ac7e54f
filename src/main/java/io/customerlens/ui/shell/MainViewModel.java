package io.customerlens.ui.shell;

import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import io.customerlens.ui.common.TaskStatus;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;

import java.util.List;

/** The window's state: which page is shown, and whether work runs (settings wait until it is done). */
public final class MainViewModel implements Navigator {

    private final ObjectProperty<Page> selectedPage = new SimpleObjectProperty<>(this, "selectedPage", Page.HOME);
    /** The customer whose card is shown over the selected page; null while the page itself is shown. */
    private final ObjectProperty<String> openCustomer = new SimpleObjectProperty<>(this, "openCustomer");
    private final TaskStatus taskStatus;

    public MainViewModel(TaskStatus taskStatus) {
        this.taskStatus = taskStatus;
    }

    public List<Page> pages() {
        return List.of(Page.values());
    }

    public ObjectProperty<Page> selectedPageProperty() {
        return selectedPage;
    }

    @Override
    public void show(Page page) {
        openCustomer.set(null);
        selectedPage.set(page);
    }

    @Override
    public void openCustomer(String customerKey) {
        // Cleared first so that opening the same customer again builds a fresh card.
        openCustomer.set(null);
        openCustomer.set(customerKey);
    }

    /** Back from the customer card to the page it was opened from. */
    public void closeCustomer() {
        openCustomer.set(null);
    }

    public ReadOnlyObjectProperty<String> openCustomerProperty() {
        return openCustomer;
    }

    /** The settings dialog rebuilds the window on a language change, which must not cut off running work. */
    public BooleanBinding settingsAvailable() {
        return taskStatus.runningProperty().not();
    }
}
