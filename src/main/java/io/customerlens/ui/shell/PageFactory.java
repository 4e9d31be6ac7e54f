package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import javafx.scene.Node;

/** Builds the view of a page; the main view asks once per page and keeps the result. */
public interface PageFactory {
    Node create(Page page);

    /** A customer's card, shown over the current page until {@code back} runs; built anew on every opening. */
    Node customer(String customerKey, Runnable back);

    /** The card shown last was closed: what it listened to is let go. */
    default void customerClosed() {
    }
}
