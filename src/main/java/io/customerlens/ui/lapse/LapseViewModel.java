package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.report.RiskWords;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.AttributeChoice;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.analysis.lapse.StartOfData;
import io.customerlens.ui.common.AttributeFilters;
import io.customerlens.ui.common.MissingColumns;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.ReadOnce;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import io.customerlens.ui.lapse.timeline.TimelineModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Lapse page's state: window N, as-of date, which customers to list and attribute filters; the
 * report for them; the list, timeline and chart data derived from it. The store is read once per as-of
 * date; switching N recomputes in memory. N and the as-of date are the shared analysis settings: set here,
 * they change on every page, and a change made elsewhere shows here.
 */
public final class LapseViewModel {

    private static final List<CustomerAttribute> FILTERS = List.of(CustomerAttribute.TYPE, CustomerAttribute.REGION,
            CustomerAttribute.CHANNEL, CustomerAttribute.SALESPERSON);

    private final LapseService service;
    private final Messages messages;
    private final CustomerOpener opener;

    private final IntegerProperty windowMonths = new SimpleIntegerProperty(this, "windowMonths", LapseWindow.DEFAULT.months());
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<LapseShow> show = new SimpleObjectProperty<>(this, "show", LapseShow.LAPSED_AND_AT_RISK);
    private final AttributeFilters<CustomerAttribute> filters =
            new AttributeFilters<>(CustomerAttribute.class, FILTERS, this::applyFilter);
    private final ReadOnlyStringWrapper missingColumns = new ReadOnlyStringWrapper(this, "missingColumns", "");
    private final ReadOnlyObjectWrapper<StartOfData> startOfData = new ReadOnlyObjectWrapper<>(this, "startOfData");
    private final ReadOnlyStringWrapper startOfDataText = new ReadOnlyStringWrapper(this, "startOfDataText", "");
    private final ObjectProperty<CustomerAttribute> breakdownAttribute = new SimpleObjectProperty<>(this, "breakdownAttribute");
    private final ObservableList<CustomerAttribute> breakdownAttributes = FXCollections.observableArrayList();

    private final ObservableList<LapseRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<LapseRow> filteredRows = new FilteredList<>(allRows);
    private final SortedList<LapseRow> sortedRows = new SortedList<>(filteredRows);
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(this, "timeline", TimelineModel.EMPTY);
    private final ReadOnlyObjectWrapper<LapseReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<BreakdownRow> breakdownRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper rankingText = new ReadOnlyStringWrapper(this, "rankingText", "");
    static final String VALUE_AT_RISK_COLUMN = "valueAtRisk";
    static final String DAYS_SINCE_LAST_COLUMN = "daysSinceLast";

    private final ReadOnlyStringWrapper defaultSortColumn = new ReadOnlyStringWrapper(this, "defaultSortColumn",
            VALUE_AT_RISK_COLUMN);
    private final ReadOnlyBooleanWrapper chanceColumnsShown = new ReadOnlyBooleanWrapper(this, "chanceColumnsShown",
            true);

    private final ReadOnce<LapseData> store;
    private final AppSettings.Subscription subscription;
    private final LapseDrills drills;

    public LapseViewModel(LapseService service, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                          StoreChanges storeChanges, CustomerOpener opener) {
        this.service = service;
        this.messages = messages;
        this.opener = opener;
        this.store = new ReadOnce<>(runner, this::failed);
        this.drills = new LapseDrills(report::get, messages, opener);
        AnalysisSettings settings = analysis.get();
        windowMonths.set(settings.lapseWindow().months());
        asOf.set(settings.asOf().orElse(null));
        show.addListener((observable, before, after) -> applyFilter());
        windowMonths.addListener((observable, before, after) -> {
            // This page's quick figures first, before the other pages and the call list's learning queue theirs.
            reanalyse();
            analysis.update(shared -> shared.withLapseWindow(new LapseWindow(
                    Math.clamp(after.intValue(), LapseWindow.MIN, LapseWindow.MAX))));
        });
        asOf.addListener((observable, before, after) -> {
            analysis.update(shared -> shared.withAsOf(Optional.ofNullable(after)));
            refresh();
        });
        // The window first: a new as-of date then reads the store again with both in force.
        this.subscription = analysis.subscribe(shared -> {
            windowMonths.set(shared.lapseWindow().months());
            asOf.set(shared.asOf().orElse(null));
        });
        breakdownAttribute.addListener((observable, before, after) -> showBreakdown());
        sortedRows.addListener((ListChangeListener<LapseRow>) change -> rebuildTimeline());
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    /** False until the histories have been read once (the list is then not ready rather than empty). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return store.loadedProperty();
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    /** Reads the store for the as-of date in the background, then analyses it for the window. */
    public void refresh() {
        Optional<LocalDate> date = Optional.ofNullable(asOf.get());
        LapseWindow window = window();
        store.read(messages.get("lapse.loading"), context -> service.load(date),
                data -> service.firstReport(data, window), this::show);
    }

    private void reanalyse() {
        if (!store.loadedProperty().get()) {
            // The first read is still on its way with the old window: read again with the new one (it replaces the
            // waiting read), instead of showing the old window's figures under the new choice.
            refresh();
            return;
        }
        LapseWindow window = window();
        store.analyse(messages.get("lapse.analysing"), data -> service.firstReport(data, window), this::show);
    }

    private LapseWindow window() {
        return new LapseWindow(Math.clamp(windowMonths.get(), LapseWindow.MIN, LapseWindow.MAX));
    }

    private void failed(Throwable failure) {
        notice.set(messages.format("lapse.loadFailed", FailureReport.describe(messages, failure)));
    }

    private void show(LapseReport shown) {
        if (shown.window().months() != window().months()) {
            // An answer for a window no longer chosen (learning that finished after N changed again): not shown.
            return;
        }
        notice.set("");
        // Before the report: the movement charts read the start of the data when the report changes.
        startOfData.set(shown.asOf() == null ? null : StartOfData.of(shown.movement().stream().findFirst()
                .map(MovementRow::yearMonth), YearMonth.from(shown.asOf()), shown.window().months()).orElse(null));
        startOfDataText.set(startOfData.get() == null ? "" : messages.format("lapse.movement.startOfData",
                startOfData.get().first().toString(), startOfData.get().last().toString(), shown.window().months()));
        report.set(shown);
        allRows.setAll(shown.customers());
        filters.offer(shown.customers(), attribute -> row -> attribute.of(row.info()), Collator.getInstance(messages.locale()));
        missingColumns.set(shown.customers().isEmpty() ? "" : MissingColumns.text(messages,
                filters.absent(FILTERS).stream().map(LapseViewModel::importField).toList()));
        breakdownAttributes.setAll(shown.breakdowns().keySet().stream().sorted().toList());
        if (!breakdownAttributes.contains(breakdownAttribute.get())) {
            breakdownAttribute.set(breakdownAttributes.isEmpty() ? null : breakdownAttributes.getFirst());
        }
        showBreakdown();
        applyFilter();
        summary.set(summaryText(shown));
        rankingText.set(shown.asOf() == null ? "" : shown.chancePending()
                ? messages.format("lapse.ranking.learning", shown.window().months())
                : new RiskWords(messages.bundleTexts()).ranking(shown.risk()));
        boolean chanceKnown = shown.customers().stream().anyMatch(row -> row.valueAtRisk() != null);
        defaultSortColumn.set(chanceKnown || shown.asOf() == null ? VALUE_AT_RISK_COLUMN : DAYS_SINCE_LAST_COLUMN);
        chanceColumnsShown.set(chanceKnown || shown.asOf() == null);
        if (shown.chancePending()) {
            // The counts are final; the chance and the list's order follow once learned (a newer N replaces this).
            store.analyseAside(messages.get("lapse.learning"), (data, cancel) -> service.analyse(data, shown.window(), cancel),
                    this::show);
        }
    }

    /** The import field that carries a customer attribute (the type's field is customer_type). */
    private static String importField(CustomerAttribute attribute) {
        return attribute == CustomerAttribute.TYPE ? "customer_type" : attribute.name().toLowerCase(Locale.ROOT);
    }

    /** The first months of data (the window N long), shaded in the movement table and charts; null without data. */
    public ReadOnlyObjectProperty<StartOfData> startOfDataProperty() {
        return startOfData.getReadOnlyProperty();
    }

    /** Why those months are shaded: their "new" customers include old ones the data saw first then. */
    public ReadOnlyStringProperty startOfDataTextProperty() {
        return startOfDataText.getReadOnlyProperty();
    }

    /** Whether the data has a value for the attribute: the view hides the filter of one it has not. */
    public BooleanBinding present(CustomerAttribute attribute) {
        return filters.present(attribute);
    }

    /** Which import columns would bring the attributes the data lacks; empty when none is missing. */
    public ReadOnlyStringProperty missingColumnsProperty() {
        return missingColumns.getReadOnlyProperty();
    }

    private String summaryText(LapseReport shown) {
        if (shown.asOf() == null) {
            return messages.get("lapse.summary.empty");
        }
        return messages.format("lapse.summary", messages.date(shown.asOf()), shown.window().months(),
                messages.count(shown.headline().customers()), messages.count(shown.headline().lapsed()),
                messages.count(shown.headline().atRisk()));
    }

    private void applyFilter() {
        LapseShow showing = show.get();
        Map<CustomerAttribute, AttributeChoice> choices = filters.choices();
        filteredRows.setPredicate(row -> showing.accepts(row.lapse().risk())
                && AttributeFilters.acceptsAll(choices, attribute -> attribute.of(row.info())));
    }

    private void rebuildTimeline() {
        LapseReport current = report.get();
        timeline.set(current == null || current.asOf() == null ? TimelineModel.EMPTY
                : new LapseTimelineModel(List.copyOf(sortedRows), current.asOf()));
    }

    private void showBreakdown() {
        LapseReport current = report.get();
        CustomerAttribute attribute = breakdownAttribute.get();
        breakdownRows.setAll(current == null || attribute == null ? List.of()
                : current.breakdowns().getOrDefault(attribute, List.of()));
    }

    /** The attribute filters in force (not "any"), e.g. for the printed list's header. */
    public Map<CustomerAttribute, String> filterValues() {
        return filters.chosenValues();
    }

    /** Opens the customer of a listed row (double-click or Enter in the list or the timeline). */
    public void open(LapseRow row) {
        opener.open(row.key());
    }

    /** Opens the customers behind a movement cell or a breakdown row as the customer list. */
    public LapseDrills drills() {
        return drills;
    }

    /** Opens the customer of a timeline row. */
    public void openTimelineRow(int row) {
        if (timeline.get() instanceof LapseTimelineModel model && row >= 0 && row < model.rowCount()) {
            opener.open(model.customerKey(row));
        }
    }

    /** Shows every customer of the chosen kind again: clears the attribute filters. */
    public void clearFilters() {
        filters.clear();
    }

    public IntegerProperty windowMonthsProperty() {
        return windowMonths;
    }

    /** null = the latest date of any stored line. */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<LapseShow> showProperty() {
        return show;
    }

    public List<CustomerAttribute> filterAttributes() {
        return FILTERS;
    }

    public ObservableList<AttributeChoice> options(CustomerAttribute attribute) {
        return filters.options(attribute);
    }

    public ObjectProperty<AttributeChoice> choiceProperty(CustomerAttribute attribute) {
        return filters.choiceProperty(attribute);
    }

    public ObjectProperty<CustomerAttribute> breakdownAttributeProperty() {
        return breakdownAttribute;
    }

    /** The attributes the data has, whose lapse rate can be charted. */
    public ObservableList<CustomerAttribute> breakdownAttributes() {
        return breakdownAttributes;
    }

    public ObservableList<BreakdownRow> breakdownRows() {
        return breakdownRows;
    }

    /** Listed customers after filters, in the table's sort order (the view binds the comparator). */
    public SortedList<LapseRow> rows() {
        return sortedRows;
    }

    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LapseReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Which risk ranking orders the at-risk customers, and why it was chosen. */
    /**
     * The list's first order: value at risk, or days since the last purchase where the data is too short to learn a
     * chance of no order (the ranking text says so). The id of a {@code LapseColumns} column.
     */
    public String defaultSortColumn() {
        return defaultSortColumn.get();
    }

    public ReadOnlyStringProperty defaultSortColumnProperty() {
        return defaultSortColumn.getReadOnlyProperty();
    }

    /**
     * Whether the list shows the chance of no order, the value at risk and why: columns that stay empty on every
     * row while no chance could be learned (or while it is being learned), three blank columns across the list.
     */
    public ReadOnlyBooleanProperty chanceColumnsShownProperty() {
        return chanceColumnsShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rankingTextProperty() {
        return rankingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
