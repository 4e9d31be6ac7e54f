package io.customerlens.ui.common;

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
}
