package io.customerlens.ui.customers;

import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.ui.common.AttributeFilters;
import io.customerlens.ui.common.MissingColumns;
import io.customerlens.service.CustomerOverview;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.CustomerService;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
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
    private final CustomerOpener opener;
    private final AnalysisChoices analysis;
    private final AppSettings.Subscription subscription;
    /** The as-of date and segment options of the rows shown, so only a change of those reads again. */
    private Shown shownWith;
    /** Counts the loads asked for: an answer to any but the latest is dropped (a store change, new choices). */
    private int request;
    private boolean disposed;
    private final StoreChanges storeChanges;
    private final ChangeListener<Number> storeListener = (observable, before, after) -> refresh();

    private final ObservableList<CustomerRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CustomerRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<CustomerRow> sortedRows = new SortedList<>(filteredRows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** The attributes read from the file (the rest are segments the analysis computes for everyone). */
    private static final List<CustomerAttribute> DATA_ATTRIBUTES = Arrays.stream(CustomerAttribute.values())
            .filter(attribute -> attribute.importField() != null).toList();
    private final AttributeFilters<CustomerAttribute> filters =
            new AttributeFilters<>(CustomerAttribute.class, List.of(CustomerAttribute.values()), this::applyFilter);
    private final ReadOnlyStringWrapper asOfText = new ReadOnlyStringWrapper(this, "asOfText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** Says the segments are still being computed; news, not a fault, so apart from {@link #notice}. */
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper missingColumns = new ReadOnlyStringWrapper(this, "missingColumns", "");
    private final StringBinding countText;
    /** The customers of a figure clicked on another page, shown as a chip; see {@link #drill}. */
    private final DrillFilter drill = new DrillFilter(this::applyFilter);

    public CustomersViewModel(CustomerService customerService, AnalysisChoices analysis, TaskRunner runner,
                              Messages messages, StoreChanges storeChanges, CustomerOpener opener) {
        this.customerService = customerService;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        this.opener = opener;
        search.addListener((observable, before, after) -> applyFilter());
        countText = Bindings.createStringBinding(
                () -> messages.format("customers.count", messages.count(filteredRows.size()), messages.count(allRows.size())),
                filteredRows, allRows);
        this.storeChanges = storeChanges;
        storeChanges.revisionProperty().addListener(storeListener);
        this.subscription = analysis.subscribe(shared -> {
            if (!choices().equals(shownWith)) {
                refresh();
            }
        });
    }

    /** Stops following the shared analysis settings and the store, and drops any answer still to come. */
    public void dispose() {
        disposed = true;
        subscription.unsubscribe();
        storeChanges.revisionProperty().removeListener(storeListener);
    }

    /**
     * Loads every customer in the background, with the segments of the shared analysis settings; the table keeps
     * its search, filters and sort. When the segments are not computed yet, the customers' own figures are shown
     * first with a line saying the segments are coming, and the segments in a second step; an answer for choices no
     * longer in force is dropped.
     */
    public void refresh() {
        if (disposed) {
            return;
        }
        loading.set(true);
        Shown choices = choices();
        shownWith = choices;
        int asked = ++request;
        runner.job(messages.get("customers.loading"), context -> customerService.firstOverview(choices.asOf(),
                        choices.segments()))
                .replacing(List.of(this, "list"))
                .onSuccess(first -> {
                    if (!isLatest(asked)) {
                        return;
                    }
                    show(first.overview());
                    if (first.segmentsPending()) {
                        loading.set(true);
                        pending.set(messages.get("customers.segmentsPending"));
                        loadSegments(choices, asked);
                    }
                })
                .onFailure(failure -> {
                    if (isLatest(asked)) {
                        failed(failure);
                    }
                })
                .start();
    }

    private void loadSegments(Shown choices, int asked) {
        runner.job(messages.get("customers.loadingSegments"), context -> customerService.overview(choices.asOf(),
                        choices.segments()))
                .replacing(List.of(this, "segments"))
                // Aside: the list is already shown; its segments (and the learning they wait for) never hold back
                // the next page's own job.
                .aside()
                .onSuccess(overview -> {
                    if (isLatest(asked)) {
                        show(overview);
                    }
                })
                .onFailure(failure -> {
                    if (isLatest(asked)) {
                        failed(failure);
                    }
                })
                .start();
    }

    private boolean isLatest(int asked) {
        return !disposed && asked == request;
    }

    private void failed(Throwable failure) {
        loading.set(false);
        pending.set("");
        notice.set(messages.format("customers.loadFailed", FailureReport.describe(messages, failure)));
    }

    /** True from a load's start until its figures are shown (the table is then not ready, not empty). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private Shown choices() {
        return new Shown(analysis.get().asOf(), AnalysisChoices.segmentOptions(analysis.get()));
    }

    private record Shown(Optional<java.time.LocalDate> asOf, SegmentOptions segments) {
    }

    private void show(CustomerOverview overview) {
        loading.set(false);
        notice.set("");
        pending.set("");
        asOfText.set(overview.asOf() == null ? messages.get("customers.asOf.none")
                : messages.format("customers.asOf", messages.date(overview.asOf())));
        allRows.setAll(overview.customers());
        filters.offer(overview.customers(), attribute -> attribute::of, Collator.getInstance(messages.locale()));
        missingColumns.set(overview.customers().isEmpty() ? "" : MissingColumns.text(messages,
                filters.absent(DATA_ATTRIBUTES).stream().map(CustomerAttribute::importField).toList()));
        applyFilter();
    }

    /** Whether the data has a value for the attribute: the view hides the filter of one it has not. */
    public BooleanBinding present(CustomerAttribute attribute) {
        return filters.present(attribute);
    }

    /** Which import columns would bring the attributes the data lacks; empty when none is missing. */
    public ReadOnlyStringProperty missingColumnsProperty() {
        return missingColumns.getReadOnlyProperty();
    }

    private void applyFilter() {
        filteredRows.setPredicate(new CustomerFilter(search.get(), filters.choices()).and(drill));
    }

    /** Rows after search and filters, in the table's sort order (the view binds the comparator). */
    public SortedList<CustomerRow> rows() {
        return sortedRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<AttributeChoice> options(CustomerAttribute attribute) {
        return filters.options(attribute);
    }

    public ObjectProperty<AttributeChoice> choiceProperty(CustomerAttribute attribute) {
        return filters.choiceProperty(attribute);
    }

    /** Opens the customer's card (double-click or Enter on a row). */
    public void open(CustomerRow row) {
        opener.open(row.key());
    }

    /** Clears the search, every attribute filter and the drill. */
    public void clearFilters() {
        search.set("");
        filters.clear();
        drill.remove();
    }

    /**
     * Shows only the customers behind a clicked figure. The search and the other filters are cleared first, so the
     * count shown equals the figure clicked; they can narrow the list again afterwards.
     */
    public void drill(io.customerlens.domain.CustomerDrill figure) {
        clearFilters();
        drill.set(figure);
    }

    /** The drill in force, which the view shows as a removable chip. */
    public DrillFilter drillFilter() {
        return drill;
    }

    /** "N of M customers". */
    public StringBinding countText() {
        return countText;
    }

    public ReadOnlyStringProperty asOfTextProperty() {
        return asOfText.getReadOnlyProperty();
    }

    /** "Every customer is listed; their segments … are being computed…" while the second step runs, else empty. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
