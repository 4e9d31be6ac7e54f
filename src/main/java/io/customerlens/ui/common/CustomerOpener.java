package io.customerlens.ui.common;

/** Opens a customer from any list (double-click or Enter), wherever the app shows customers. */
@FunctionalInterface
public interface CustomerOpener {
    void open(String customerKey);
}
