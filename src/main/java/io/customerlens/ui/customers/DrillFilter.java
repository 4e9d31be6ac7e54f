package io.customerlens.ui.customers;

import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.CustomerRow;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Predicate;

/**
 * The customers of a clicked figure, as one more filter of the list: while a drill is in force only its customers
 * pass; none in force lets every row pass. Kept apart from the search and attribute filters so removing the chip
 * removes this filter alone.
 */
public final class DrillFilter implements Predicate<CustomerRow> {

    private final ReadOnlyObjectWrapper<CustomerDrill> drill = new ReadOnlyObjectWrapper<>(this, "drill");
    private final Runnable changed;

    /** @param changed called after the drill is set or removed (the list filters again) */
    public DrillFilter(Runnable changed) {
        this.changed = changed;
    }

    public void set(CustomerDrill next) {
        drill.set(next);
        changed.run();
    }

    public void remove() {
        set(null);
    }

    /** The drill in force; null when the list shows every customer. */
    public ReadOnlyObjectProperty<CustomerDrill> drillProperty() {
        return drill.getReadOnlyProperty();
    }

    @Override
    public boolean test(CustomerRow row) {
        CustomerDrill current = drill.get();
        return current == null || current.contains(row.key());
    }
}
