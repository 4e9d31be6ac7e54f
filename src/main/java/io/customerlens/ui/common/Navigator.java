package io.customerlens.ui.common;

import io.customerlens.domain.CustomerDrill;

/** Lets a page send the user to another page (Home's "Import a file" opens the Import page). */
@FunctionalInterface
public interface Navigator {
    void show(Page page);

    /**
     * Shows one customer's card over the current page (Back returns to it). A navigator without cards
     * shows the Customers page instead.
     */
    default void openCustomer(String customerKey) {
        show(Page.CUSTOMERS);
    }

    /**
     * Shows the Customers page filtered to the customers behind a figure, the filter named on a removable chip.
     * Only the window's navigator has that page; one without it must not offer figures to click.
     */
    default void drill(CustomerDrill drill) {
        throw new UnsupportedOperationException("no customer list to show " + drill.label() + " in");
    }
}
