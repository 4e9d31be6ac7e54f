package io.customerlens.ui.shell;

import io.customerlens.ui.common.Page;
import javafx.scene.Node;

/** Builds the view of a page; the main view asks once per page and keeps the result. */
@FunctionalInterface
public interface PageFactory {
    Node create(Page page);
}
