package io.customerlens.ui.common;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

import java.text.Collator;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The attribute filters of one list, one {@link AttributeFilter} per attribute, each calling back when its
 * choice changes so the list's view model filters again.
 */
public final class AttributeFilters<A extends Enum<A>> {

    private final Class<A> type;
    private final Map<A, AttributeFilter> filters;

    public AttributeFilters(Class<A> type, Collection<A> attributes, Runnable onChange) {
        this.type = type;
        this.filters = new EnumMap<>(type);
        for (A attribute : attributes) {
            AttributeFilter filter = new AttributeFilter();
            filter.choiceProperty().addListener((observable, before, after) -> onChange.run());
            filters.put(attribute, filter);
        }
    }

    /** Offers each attribute the values found in {@code rows}; {@code valueOf} reads an attribute of a row. */
    public <R> void offer(Collection<R> rows, Function<A, Function<R, String>> valueOf, Collator collator) {
        filters.forEach((attribute, filter) -> filter.offer(rows.stream().map(valueOf.apply(attribute)), collator));
    }

    /** Each attribute's choice as it is now ("any" included); a list filters with this snapshot. */
    public Map<A, AttributeChoice> choices() {
        Map<A, AttributeChoice> choices = new EnumMap<>(type);
        filters.forEach((attribute, filter) -> choices.put(attribute, filter.choiceProperty().get()));
        return choices;
    }

    /** True when every choice of {@code choices} accepts the value {@code valueOf} reads for its attribute. */
    public static <A> boolean acceptsAll(Map<A, AttributeChoice> choices, Function<A, String> valueOf) {
        return choices.entrySet().stream().allMatch(entry -> entry.getValue().accepts(valueOf.apply(entry.getKey())));
    }

    /** The values chosen, leaving out attributes left at "any" (e.g. for a printed list's header). */
    public Map<A, String> chosenValues() {
        Map<A, String> values = new EnumMap<>(type);
        choices().forEach((attribute, choice) -> {
            if (choice != null && !choice.isAny()) {
                values.put(attribute, choice.value());
            }
        });
        return values;
    }

    /** Every attribute back to "any". */
    public void clear() {
        filters.values().forEach(AttributeFilter::clear);
    }

    public ObservableList<AttributeChoice> options(A attribute) {
        return filters.get(attribute).options();
    }

    /** Whether the data has a value for the attribute: without one its filter is hidden. */
    public BooleanBinding present(A attribute) {
        return filters.get(attribute).presentProperty();
    }

    /** The attributes of {@code among} that no row has a value for, in that order. */
    public List<A> absent(List<A> among) {
        return among.stream().filter(attribute -> !filters.get(attribute).presentProperty().get()).toList();
    }

    public ObjectProperty<AttributeChoice> choiceProperty(A attribute) {
        return filters.get(attribute).choiceProperty();
    }
}
