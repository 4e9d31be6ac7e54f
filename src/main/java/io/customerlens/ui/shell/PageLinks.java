package io.customerlens.ui.shell;

import io.customerlens.domain.CustomerDrill;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Navigator;
import io.customerlens.ui.common.Page;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What a page may open: another page, a customer's card, or the customer list filtered to a figure's customers.
 * The drill asked for last waits here for the Customers page, which may be built only when first shown.
 */
final class PageLinks implements Navigator, CustomerOpener {

    private final Navigator window;
    private final ReadOnlyObjectWrapper<CustomerDrill> drillRequest = new ReadOnlyObjectWrapper<>(this, "drillRequest");

    PageLinks(Navigator window) {
        this.window = window;
    }

    @Override
    public void show(Page page) {
        window.show(page);
    }

    @Override
    public void openCustomer(String customerKey) {
        window.openCustomer(customerKey);
    }

    @Override
    public void open(String customerKey) {
        window.openCustomer(customerKey);
    }

    @Override
    public void drill(CustomerDrill drill) {
        // Cleared first so that clicking the same figure again, after removing its chip, filters again.
        drillRequest.set(null);
        drillRequest.set(drill);
        window.show(Page.CUSTOMERS);
    }

    /** The drill asked for last; null before any. */
    ReadOnlyObjectProperty<CustomerDrill> drillRequestProperty() {
        return drillRequest.getReadOnlyProperty();
    }
}
