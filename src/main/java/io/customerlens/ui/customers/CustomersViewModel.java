package io.customerlens.ui.customers;

import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.text.Collator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every customer with its figures, searchable and filterable. The rows sit in one list wrapped by a
 * FilteredList and a SortedList, so a 50,000-row table filters without copying and the TableView only
 * draws what is visible.
 */
public final class CustomersViewModel {

    private final CustomerService customerService;
    private final TaskRunner runner;
    private final Messages messages;

    private final ObservableList<CustomerRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CustomerRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<CustomerRow> sortedRows = new SortedList<>(filteredRows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final Map<CustomerAttribute, ObservableList<AttributeChoice>> options = new EnumMap<>(CustomerAttribute.class);
    private final Map<CustomerAttribute, ObjectProperty<AttributeChoice>> chosen = new EnumMap<>(CustomerAttribute.class);
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final StringBinding countText;

    public CustomersViewModel(CustomerService customerService, TaskRunner runner, Messages messages,
                              StoreChanges storeChanges) {
        this.customerService = customerService;
        this.runner = runner;
        this.messages = messages;
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            options.put(attribute, FXCollections.observableArrayList(AttributeChoice.ANY));
            ObjectProperty<AttributeChoice> choice = new SimpleObjectProperty<>(this, attribute.name(), AttributeChoice.ANY);
            choice.addListener((observable, before, after) -> applyFilter());
            chosen.put(attribute, choice);
        }
        search.addListener((observable, before, after) -> applyFilter());
        countText = Bindings.createStringBinding(
                () -> messages.format("customers.count", messages.count(filteredRows.size()), messages.count(allRows.size())),
                filteredRows, allRows);
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    /** Loads every customer in the background; the table keeps its search, filters and sort. */
    public void refresh() {
        runner.job(messages.get("customers.loading"), context -> customerService.overview(Optional.empty()))
                .onSuccess(this::show)
                .onFailure(failure -> notice.set(messages.format("customers.loadFailed", FailureReport.describe(failure))))
                .start();
    }

    private void show(CustomerOverview overview) {
        notice.set("");
        asOfText.set(overview.asOf() == null ? messages.get("customers.asOf.none")
                : messages.format("customers.asOf", messages.date(overview.asOf())));
        allRows.setAll(overview.customers());
        for (CustomerAttribute attribute : CustomerAttribute.values()) {
            refreshOptions(attribute, overview.customers());
        }
        applyFilter();
    }

    private void refreshOptions(CustomerAttribute attribute, List<CustomerRow> rows) {
        Collator collator = Collator.getInstance(messages.locale());
        List<AttributeChoice> values = rows.stream()
                .map(attribute::of)
                .filter(Objects::nonNull)
                .filter(value -> !value.isBlank())
                .distinct()
                .sorted(collator)
                .map(AttributeChoice::new)
                .toList();
        ObjectProperty<AttributeChoice> choice = chosen.get(attribute);
        AttributeChoice before = choice.get();
        options.get(attribute).setAll(AttributeChoice.ANY);
        options.get(attribute).addAll(values);
        // After a new import the old choice may be gone; then show everyone rather than an empty table.
        choice.set(values.contains(before) ? before : AttributeChoice.ANY);
    }

    private void applyFilter() {
        Map<CustomerAttribute, AttributeChoice> choices = new EnumMap<>(CustomerAttribute.class);
        chosen.forEach((attribute, choice) -> choices.put(attribute, choice.get()));
        filteredRows.setPredicate(new CustomerFilter(search.get(), choices));
    }

    /** Rows after search and filters, in the table's sort order (the view binds the comparator). */
    public SortedList<CustomerRow> rows() {
        return sortedRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<AttributeChoice> options(CustomerAttribute attribute) {
        return options.get(attribute);
    }

    public ObjectProperty<AttributeChoice> choiceProperty(CustomerAttribute attribute) {
        return chosen.get(attribute);
    }

    /** Clears the search and every attribute filter. */
    public void clearFilters() {
        search.set("");
        chosen.values().forEach(choice -> choice.set(AttributeChoice.ANY));
    }

    /** "N of M customers". */
    public StringBinding countText() {
        return countText;
    }

    public ReadOnlyStringProperty asOfTextProperty() {
        return asOfText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
