package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.AttributeSegment;
import io.customerlens.analysis.lapse.StartOfData;
import io.customerlens.analysis.segments.Cohort;
import io.customerlens.analysis.segments.CrossedSegment;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountResult;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.KeyAccountWeights;
import io.customerlens.analysis.segments.MonthlyAmountRule;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.MonthlyAmount;
import io.customerlens.analysis.segments.RfmOptions;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.RfmWindow;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.analysis.segments.ThresholdMethod;
import io.customerlens.analysis.segments.TierSummary;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.i18n.ReadingFormat;
import io.customerlens.i18n.ReadingFormat.Figure;
import io.customerlens.ui.common.ReadOnce;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.HashMap;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Segments page's state: RFM options and the segment picked, key-account weights edited in place,
 * and the report's tables. The store is read once; changing an option recomputes in memory. The options are
 * the shared analysis settings: set here, they change on every page; a change made elsewhere shows here.
 */
public final class SegmentsViewModel {

    private final SegmentService service;
    private final Messages messages;
    private final CustomerOpener opener;
    private final AnalysisChoices analysis;
    private final AppSettings.Subscription subscription;
    /** The as-of date read last and the options analysed last: a change of the settings redoes only what it must. */
    private Optional<java.time.LocalDate> readAsOf;
    private SegmentOptions analysedWith;

    private final ObjectProperty<ThresholdMethod> method = new SimpleObjectProperty<>(this, "method", ThresholdMethod.MEAN);
    private final ObjectProperty<RfmWindow> window = new SimpleObjectProperty<>(this, "window", RfmWindow.ALL_HISTORY);
    private final ObjectProperty<RfmSegment> selectedSegment = new SimpleObjectProperty<>(this, "selectedSegment");
    private final ObjectProperty<CustomerAttribute> attribute = new SimpleObjectProperty<>(this, "attribute");
    private final ReadOnlyObjectWrapper<KeyAccountWeights> weights =
            new ReadOnlyObjectWrapper<>(this, "weights", KeyAccountWeights.DEFAULT);
    private final ReadOnlyObjectWrapper<SegmentReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    private final ObservableList<SegmentSummary> segments = FXCollections.observableArrayList();
    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SegmentRow> segmentCustomers = new FilteredList<>(rows, row -> false);
    private final SortedList<SegmentRow> sortedSegmentCustomers = new SortedList<>(segmentCustomers);
    private final ObservableList<KeyAccountRow> keyAccounts = FXCollections.observableArrayList();
    private final ObservableList<TierSummary> tiers = FXCollections.observableArrayList();
    private final ObservableList<LifecycleCount> lifecycle = FXCollections.observableArrayList();
    private final ObservableList<Cohort> cohorts = FXCollections.observableArrayList();
    /** The first months of data (N = the lapse window): their cohorts hold old customers first seen then. */
    private final ReadOnlyObjectWrapper<StartOfData> startOfData = new ReadOnlyObjectWrapper<>(this, "startOfData");
    private final ReadOnlyStringWrapper startOfDataText = new ReadOnlyStringWrapper(this, "startOfDataText", "");
    private final ObservableList<CustomerAttribute> attributes = FXCollections.observableArrayList();
    private final ObservableList<AttributeSegment> attributeRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper thresholdsText = new ReadOnlyStringWrapper(this, "thresholdsText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** How the value tiers were cut, with the cut-offs in force (they are a setting). */
    private final ReadOnlyStringWrapper tierRule = new ReadOnlyStringWrapper(this, "tierRule", "");

    private final ObjectProperty<CustomerAttribute> crossWith = new SimpleObjectProperty<>(this, "crossWith");
    private final ObservableList<CrossedSegment> crossedRows = FXCollections.observableArrayList();

    private final ReadOnce<SegmentData> store;
    private Map<String, MonthlyAmount> monthlyAmounts = Map.of();
    private final ReadOnlyObjectWrapper<KeyAccountCutoffs> cutoffs =
            new ReadOnlyObjectWrapper<>(this, "cutoffs", KeyAccountCutoffs.DEFAULT);
    /** The simple rule's monthly amount: suggested by the data unless the user typed one. */
    private final ReadOnlyObjectWrapper<BigDecimal> monthlyThreshold =
            new ReadOnlyObjectWrapper<>(this, "monthlyThreshold", MonthlyAmountRule.DEFAULT_THRESHOLD);
    private BigDecimal suggestedThreshold = MonthlyAmountRule.DEFAULT_THRESHOLD;
    private boolean monthlyThresholdByHand;
    private KeyAccountResult lastKeyAccounts;
    private final SegmentDrills drills;
    private final PivotViewModel pivot;

    public SegmentsViewModel(SegmentService service, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                             StoreChanges storeChanges, CustomerOpener opener) {
        this.service = service;
        this.analysis = analysis;
        this.messages = messages;
        this.opener = opener;
        this.store = new ReadOnce<>(runner, this::failed);
        this.drills = new SegmentDrills(service, store, report::get, messages, opener);
        this.pivot = new PivotViewModel(service, store, report::get, attributes, messages, opener);
        showChoices(analysis.get());
        method.addListener((observable, before, after) -> {
            if (after != null && (after != ThresholdMethod.FIXED || analysis.get().rfm().fixed() != null)) {
                analysis.update(shared -> shared.withRfm(new RfmOptions(after, shared.rfm().window(),
                        shared.rfm().fixed())));
            }
        });
        window.addListener((observable, before, after) -> {
            if (after != null) {
                analysis.update(shared -> shared.withRfm(new RfmOptions(shared.rfm().method(), after,
                        shared.rfm().fixed())));
            }
        });
        this.subscription = analysis.subscribe(this::follow);
        selectedSegment.addListener((observable, before, segment) ->
                segmentCustomers.setPredicate(row -> row.rfm() != null && row.rfm().segment() == segment));
        attribute.addListener((observable, before, after) -> {
            showAttribute();
            showCrossed();
        });
        crossWith.addListener((observable, before, after) -> showCrossed());
        storeChanges.revisionProperty().addListener((observable, before, after) -> refresh());
    }

    /** Stops following the shared analysis settings (the page is gone). */
    public void dispose() {
        subscription.unsubscribe();
    }

    private void showChoices(AnalysisSettings shared) {
        method.set(shared.rfm().method());
        window.set(shared.rfm().window());
        weights.set(shared.weights());
        cutoffs.set(shared.cutoffs());
    }

    /** A change of the shared settings: shown in the controls, then read, analysed or rescored as it needs. */
    private void follow(AnalysisSettings shared) {
        showChoices(shared);
        SegmentOptions next = AnalysisChoices.segmentOptions(shared);
        if (!shared.asOf().equals(readAsOf)) {
            refresh();
        } else if (!next.withWeights(KeyAccountWeights.DEFAULT).withCutoffs(KeyAccountCutoffs.DEFAULT)
                .equals(analysedWith.withWeights(KeyAccountWeights.DEFAULT).withCutoffs(KeyAccountCutoffs.DEFAULT))) {
            reanalyse();
        } else if (!next.equals(analysedWith)) {
            rescore();
        }
    }

    /** Reads the store in the background and analyses it with the options in force. */
    public void refresh() {
        SegmentOptions options = options();
        Optional<java.time.LocalDate> asOf = analysis.get().asOf();
        readAsOf = asOf;
        analysedWith = options;
        store.read(messages.get("segments.loading"), context -> service.load(asOf),
                data -> service.analyse(data, options), this::show);
    }

    private void reanalyse() {
        SegmentOptions options = options();
        analysedWith = options;
        store.analyse(messages.get("segments.analysing"), data -> service.analyse(data, options), this::show);
    }

    /**
     * Sets one key-account weight, a whole percentage; the others are rescaled so the weights still add up to
     * 100 %, and rounded to whole percentages too, so what is shown is what scores.
     */
    public void setWeight(KeyAccountCriterion criterion, int percent) {
        KeyAccountWeights next = weights.get().with(criterion, percent).rounded();
        analysis.update(shared -> shared.withWeights(next));
    }

    /** Sets the tier cut-offs (scores 0–100); a key cut-off above the strategic one is lowered to it. */
    public void setCutoffs(int strategic, int key) {
        int top = Math.clamp(strategic, 0, 100);
        KeyAccountCutoffs next = new KeyAccountCutoffs(top, Math.clamp(key, 0, top));
        analysis.update(shared -> shared.withCutoffs(next));
    }

    /**
     * Sets the simple rule's monthly amount from what the user typed (blank: the amount suggested by the data).
     * Returns false, and says why, when it is not a positive number.
     */
    public boolean applyMonthlyThreshold(String text) {
        String plain = text == null ? "" : text.replace(",", "").replace("，", "").trim();
        if (plain.isEmpty()) {
            monthlyThresholdByHand = false;
            monthlyThreshold.set(suggestedThreshold);
        } else {
            try {
                BigDecimal amount = new BigDecimal(plain);
                if (amount.signum() <= 0) {
                    throw new NumberFormatException(plain);
                }
                monthlyThresholdByHand = true;
                monthlyThreshold.set(amount);
            } catch (NumberFormatException e) {
                notice.set(messages.format("segments.monthlyThreshold.unreadable", text));
                return false;
            }
        }
        notice.set("");
        showKeyAccounts(lastKeyAccounts);
        return true;
    }

    /** Back to the documented default weights. */
    public void resetWeights() {
        analysis.update(shared -> shared.withWeights(KeyAccountWeights.DEFAULT).withCutoffs(KeyAccountCutoffs.DEFAULT));
    }

    private void rescore() {
        SegmentOptions options = options();
        analysedWith = options;
        store.analyse(messages.get("segments.rescoring"), data -> service.rescoreKeyAccounts(data, options),
                this::showKeyAccounts);
    }

    /**
     * The RFM method, window, tiers, key-account weights and lapse window in force: the shared analysis settings
     * (the printed summary uses them too).
     */
    public SegmentOptions options() {
        return AnalysisChoices.segmentOptions(analysis.get());
    }

    /** The as-of date of the shared settings; empty = the latest date of any stored line. */
    public Optional<java.time.LocalDate> asOf() {
        return analysis.get().asOf();
    }

    private void failed(Throwable failure) {
        notice.set(messages.format("segments.loadFailed", FailureReport.describe(messages, failure)));
    }

    private void show(SegmentReport shown) {
        notice.set("");
        report.set(shown);
        monthlyAmounts = shown.monthlyAmounts();
        suggestedThreshold = MonthlyAmountRule.suggestedThreshold(monthlyAmounts.values());
        if (!monthlyThresholdByHand) {
            monthlyThreshold.set(suggestedThreshold);
        }
        segments.setAll(shown.rfm().segments());
        rows.setAll(shown.customers());
        tiers.setAll(shown.valueTiers().tiers());
        ReadingFormat ratios = new ReadingFormat(messages.locale());
        tierRule.set(messages.format("segments.tiers.rule",
                ratios.percent(BigDecimal.valueOf(shown.options().tiers().a())),
                ratios.percent(BigDecimal.valueOf(shown.options().tiers().b()))));
        lifecycle.setAll(shown.lifecycle());
        // Before the cohorts: their rows read it when they are drawn.
        startOfData.set(shown.asOf() == null ? null : StartOfData.of(shown.cohorts().stream().findFirst()
                .map(Cohort::month), YearMonth.from(shown.asOf()), shown.options().window().months()).orElse(null));
        startOfDataText.set(startOfData.get() == null ? "" : messages.format("segments.cohort.startOfData",
                startOfData.get().first().toString(), startOfData.get().last().toString()));
        cohorts.setAll(shown.cohorts());
        attributes.setAll(shown.attributes().keySet().stream().sorted().toList());
        if (!attributes.contains(attribute.get())) {
            attribute.set(attributes.isEmpty() ? null : attributes.getFirst());
        }
        showAttribute();
        showCrossed();
        pivot.reportShown();
        showKeyAccounts(shown.keyAccounts());
        thresholdsText.set(shown.asOf() == null ? messages.get("segments.empty")
                : messages.format("segments.thresholds", messages.date(shown.asOf()),
                messages.get("segments.method." + shown.options().rfm().method().name().toLowerCase(java.util.Locale.ROOT)),
                new Figure.WholeDays(shown.rfm().thresholds().recencyDays()),
                new Figure.OneDecimal(shown.rfm().thresholds().orders()),
                new Figure.Money(shown.rfm().thresholds().netAmount())));
    }

    private void showKeyAccounts(KeyAccountResult result) {
        if (result == null) {
            return;
        }
        lastKeyAccounts = result;
        BigDecimal threshold = monthlyThreshold.get();
        Map<String, SegmentRow> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.key(), row));
        keyAccounts.setAll(result.customers().stream()
                .map(account -> new KeyAccountRow(byKey.containsKey(account.customerKey())
                        ? byKey.get(account.customerKey()).displayName() : account.customerKey(), account,
                        monthlyAmounts.get(account.customerKey()), threshold))
                .toList());
        weights.set(result.weightsInForce());
    }

    private void showAttribute() {
        SegmentReport current = report.get();
        attributeRows.setAll(current == null || attribute.get() == null ? List.of()
                : current.attributes().getOrDefault(attribute.get(), List.of()));
    }

    /** Customers by the chosen attribute crossed with a second one; none when no second is chosen. */
    private void showCrossed() {
        CustomerAttribute first = attribute.get();
        CustomerAttribute second = crossWith.get();
        if (first == null || second == null || first == second) {
            crossedRows.clear();
            return;
        }
        store.analyse(messages.get("segments.analysing"), data -> service.crossed(data, first, second),
                crossedRows::setAll);
    }

    public ObjectProperty<CustomerAttribute> crossWithProperty() {
        return crossWith;
    }

    public ObservableList<CrossedSegment> crossedRows() {
        return crossedRows;
    }

    /** Opens the customers behind a segment, tier, stage, cohort or attribute row as the customer list. */
    public SegmentDrills drills() {
        return drills;
    }

    /** Customers by two attributes crossed as a pivot, with totals. */
    public PivotViewModel pivot() {
        return pivot;
    }

    public void open(String customerKey) {
        opener.open(customerKey);
    }

    /** False until the customers have been read once (the tables are then not ready rather than empty). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return store.loadedProperty();
    }

    public ObjectProperty<ThresholdMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<RfmWindow> windowProperty() {
        return window;
    }

    public ObjectProperty<RfmSegment> selectedSegmentProperty() {
        return selectedSegment;
    }

    public ObjectProperty<CustomerAttribute> attributeProperty() {
        return attribute;
    }

    public ReadOnlyObjectProperty<KeyAccountCutoffs> cutoffsProperty() {
        return cutoffs.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> monthlyThresholdProperty() {
        return monthlyThreshold.getReadOnlyProperty();
    }

    /** The amount the data suggests for the simple rule (the top fifth of buyers start there). */
    public BigDecimal suggestedMonthlyThreshold() {
        return suggestedThreshold;
    }

    public ReadOnlyObjectProperty<KeyAccountWeights> weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SegmentReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<SegmentSummary> segments() {
        return segments;
    }

    /** Customers of the selected RFM segment, in the table's sort order. */
    public SortedList<SegmentRow> segmentCustomers() {
        return sortedSegmentCustomers;
    }

    public ObservableList<KeyAccountRow> keyAccounts() {
        return keyAccounts;
    }

    public ObservableList<TierSummary> tiers() {
        return tiers;
    }

    public ObservableList<LifecycleCount> lifecycle() {
        return lifecycle;
    }

    /** The start of the data, whose cohorts are shaded; null without data. */
    public ReadOnlyObjectProperty<StartOfData> startOfDataProperty() {
        return startOfData.getReadOnlyProperty();
    }

    /** Why the first cohorts are shaded; empty without data. */
    public ReadOnlyStringProperty startOfDataTextProperty() {
        return startOfDataText.getReadOnlyProperty();
    }

    public ObservableList<Cohort> cohorts() {
        return cohorts;
    }

    public ObservableList<CustomerAttribute> attributes() {
        return attributes;
    }

    public ObservableList<AttributeSegment> attributeRows() {
        return attributeRows;
    }

    /** "A if c < 80.0 %, B if c < 95.0 %, else C", with the cut-offs the tiers were computed with. */
    public ReadOnlyStringProperty tierRuleProperty() {
        return tierRule.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thresholdsTextProperty() {
        return thresholdsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
