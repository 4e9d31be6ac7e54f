package io.customerlens.ui.common;

import io.customerlens.domain.CustomerDrill;

/** Opens a customer from any list (double-click or Enter), wherever the app shows customers. */
@FunctionalInterface
public interface CustomerOpener {
    void open(String customerKey);

    /**
     * Shows the customer list filtered to the customers behind a figure (a clicked bar, row or tile). Only the
     * window's opener has a list to show them in; a page built without one must not offer figures to click.
     */
    default void drill(CustomerDrill drill) {
        throw new UnsupportedOperationException("no customer list to show " + drill.label() + " in");
    }
}
