package io.customerlens.ui.products;

import io.customerlens.analysis.card.StoppedRule;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The picked unit's customers who stopped buying it but still buy other things, and the sentence above the list
 * that says who they are (the rule, the unit and N) and how many.
 */
public final class StoppedBuyersList {

    private final Messages messages;
    private final ObservableList<StoppedCustomer> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    StoppedBuyersList(Messages messages) {
        this.messages = messages;
    }

    void clear() {
        rows.clear();
        explanation.set("");
        summary.set("");
    }

    void show(String unitLabel, LapseWindow window, List<StoppedCustomer> customers) {
        rows.setAll(customers);
        explanation.set(messages.format("products.stopped.explanation", unitLabel,
                StoppedRule.REGULAR_MONTHS, StoppedRule.BEFORE_MONTHS, window.months(),
                messages.count(customers.size())));
        summary.set(messages.format("products.stopped.summary", messages.count(customers.size()), unitLabel));
    }

    public ObservableList<StoppedCustomer> rows() {
        return rows;
    }

    /** How many, in a line short enough for a narrow window; the rule is in {@link #explanationProperty()}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }
}
