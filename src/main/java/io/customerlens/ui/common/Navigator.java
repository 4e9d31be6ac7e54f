package io.customerlens.ui.common;

/** Lets a page send the user to another page (Home's "Import a file" opens the Import page). */
@FunctionalInterface
public interface Navigator {
    void show(Page page);
}
