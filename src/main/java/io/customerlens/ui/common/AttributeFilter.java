package io.customerlens.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.Collator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One attribute filter of a list: the values found in the data (after "any") and the one chosen.
 * The list's view model listens to {@link #choiceProperty()} and filters by {@link #accepts}.
 */
public final class AttributeFilter {

    private final ObservableList<AttributeChoice> options = FXCollections.observableArrayList(AttributeChoice.ANY);
    private final ObjectProperty<AttributeChoice> choice = new SimpleObjectProperty<>(this, "choice", AttributeChoice.ANY);
    /** Whether the data has any value to filter by; a filter with only "any" is hidden. */
    private final BooleanBinding present = Bindings.size(options).greaterThan(1);

    /**
     * Offers the distinct non-blank {@code values}, sorted by {@code collator}. After a new import the old
     * choice may be gone; then the filter goes back to "any" rather than showing an empty list.
     */
    public void offer(Stream<String> values, Collator collator) {
        List<AttributeChoice> found = values.filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .distinct()
                .sorted(collator)
                .map(AttributeChoice::new)
                .toList();
        AttributeChoice before = choice.get();
        options.setAll(AttributeChoice.ANY);
        options.addAll(found);
        choice.set(found.contains(before) ? before : AttributeChoice.ANY);
    }

    public boolean accepts(String value) {
        return choice.get().accepts(value);
    }

    public void clear() {
        choice.set(AttributeChoice.ANY);
    }

    public ObservableList<AttributeChoice> options() {
        return options;
    }

    public BooleanBinding presentProperty() {
        return present;
    }

    public ObjectProperty<AttributeChoice> choiceProperty() {
        return choice;
    }
}
