package io.customerlens.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the views that the store's content changed (an import finished), so each reloads what it shows.
 * A counter rather than an event bus: views listen to one property, and the flow stays easy to trace.
 */
public final class StoreChanges {

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public void storeChanged() {
        revision.set(revision.get() + 1);
    }
}
