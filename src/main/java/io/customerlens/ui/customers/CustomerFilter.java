package io.customerlens.ui.customers;

import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.service.CustomerRow;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which customers the table shows: the search text in the name or key (case-insensitive), and the chosen
 * value of each attribute. Immutable; the view model builds a new one on every change.
 */
public record CustomerFilter(String search, Map<CustomerAttribute, AttributeChoice> choices)
        implements Predicate<CustomerRow> {

    public CustomerFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        choices = choices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(choices));
    }

    public static CustomerFilter none() {
        return new CustomerFilter("", Map.of());
    }

    @Override
    public boolean test(CustomerRow row) {
        return matchesSearch(row) && choices.entrySet().stream()
                .allMatch(choice -> choice.getValue().accepts(choice.getKey().of(row)));
    }

    private boolean matchesSearch(CustomerRow row) {
        return search.isEmpty() || contains(row.displayName()) || contains(row.key());
    }

    private boolean contains(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(search);
    }
}
