package io.customerlens.ui.followups;

import io.customerlens.analysis.followups.EffectFigures;
import io.customerlens.analysis.followups.ReasonKind;
import io.customerlens.analysis.followups.EffectReport;
import io.customerlens.analysis.followups.ReasonStat;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.followups.FollowUpLabels;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The effect panel: did the calls win customers back within the window, compared with lapsed customers who
 * were not called; by reason code, channel and salesperson; and why customers stopped. Computed again after
 * each import, each completed task and each change of the window.
 */
public final class EffectViewModel {

    private final FollowUpService service;
    private final TaskRunner runner;
    private final Messages messages;
    private final FollowUpTexts texts;
    private final CustomerOpener opener;

    private final IntegerProperty windowDays = new SimpleIntegerProperty(this, "windowDays", EffectReport.DEFAULT_WINDOW_DAYS);
    private final ObjectProperty<EffectGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", EffectGrouping.REASON_CODE);
    private final ReadOnlyObjectWrapper<EffectReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<EffectGroupRow> groupRows = FXCollections.observableArrayList();
    private final ObservableList<ReasonStat> reasons = FXCollections.observableArrayList();
    private final ObservableList<DetailLine> figures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /**
     * @param onWindow told the window the user set, so it becomes the shared win-back window
     * @param opener   shows the customers behind a stop reason
     */
    EffectViewModel(FollowUpService service, TaskRunner runner, Messages messages, FollowUpTexts texts,
                    int initialWindowDays, java.util.function.IntConsumer onWindow, CustomerOpener opener) {
        this.service = service;
        this.opener = opener;
        this.runner = runner;
        this.messages = messages;
        this.texts = texts;
        windowDays.set(initialWindowDays);
        windowDays.addListener((observable, before, after) -> {
            onWindow.accept(Math.max(1, after.intValue()));
            refresh();
        });
        grouping.addListener((observable, before, after) -> showGroups());
    }

    public void refresh() {
        int days = Math.max(1, windowDays.get());
        runner.job(messages.get("followupsView.effect.loading"), context -> service.effect(days))
                .onSuccess(this::show)
                .onFailure(failure -> summary.set(messages.format("followupsView.failed", FailureReport.describe(messages, failure))))
                .start();
    }

    private void show(EffectReport shown) {
        report.set(shown);
        EffectFigures contacted = shown.contacted();
        EffectFigures comparison = shown.comparison();
        figures.setAll(
                line("followupsView.effect.contacted", messages.count(contacted.customers())),
                line("followupsView.effect.wonBack", messages.count(contacted.wonBack())),
                line("followupsView.effect.pending", messages.count(contacted.pending())),
                line("followupsView.effect.rate", rateText(contacted)),
                line("followupsView.effect.comparisonRate", comparisonText(comparison)),
                line("followupsView.effect.uplift", texts.uplift(shown.uplift())),
                line("followupsView.effect.recovered", messages.amount(contacted.recovered())),
                line("followupsView.effect.medianDays", texts.days(contacted.medianDaysToReorder())));
        summary.set(shown.dataAsOf() == null ? messages.get("followupsView.effect.noData")
                : messages.format("followupsView.effect.summary", shown.windowDays(), messages.date(shown.dataAsOf())));
        // "Why customers stopped" lists stop reasons only: "will order" is an outcome, not a reason to stop.
        // Until a call records why a customer stopped, the table says so instead of listing every reason at 0.
        List<ReasonStat> stopReasons = shown.reasons().stream()
                .filter(stat -> ReasonKind.of(stat.reason()) == ReasonKind.STOP_REASON).toList();
        reasons.setAll(stopReasons.stream().anyMatch(stat -> stat.customers() > 0) ? stopReasons : List.of());
        showGroups();
    }

    /** The rate over the decided calls; while calls are pending it says how many it waits for. */
    private String rateText(EffectFigures figures) {
        if (figures.pending() == 0) {
            return texts.rate(figures.rate());
        }
        // Numbers, not formatted counts: the English text picks "1 call" or "2 calls" from the number.
        String calls = messages.format("followupsView.effect.callsPending", figures.customers(), figures.pending());
        if (figures.decided() == 0) {
            return messages.format("followupsView.effect.rateWaiting", calls);
        }
        return messages.format("followupsView.effect.rateOfDecided", texts.rate(figures.rate()),
                messages.count(figures.decided()), calls);
    }

    private DetailLine line(String key, String value) {
        return DetailLine.of(messages, key, value);
    }

    private void showGroups() {
        EffectReport shown = report.get();
        EffectGrouping by = grouping.get();
        groupRows.setAll(shown == null ? List.of() : by.rows(shown).stream()
                .map(row -> new EffectGroupRow(by.groupName(row.group(), messages), row)).toList());
    }

    /** "12.5% of 8 customers"; with no comparable customer yet a dash alone, not "– of 0 customers". */
    private String comparisonText(EffectFigures comparison) {
        return comparison.customers() == 0 ? texts.rate(Double.NaN)
                : messages.format("followupsView.effect.comparisonOf", texts.rate(comparison.rate()),
                        messages.count(comparison.customers()));
    }

    /** Win-back rate per group, with the not-contacted comparison as the last bar. */
    CategorySeries rateChart() {
        List<String> names = new ArrayList<>();
        List<Number> rates = new ArrayList<>();
        for (EffectGroupRow row : groupRows) {
            names.add(row.name());
            rates.add(nullIfUndefined(row.row().figures().rate()));
        }
        EffectReport shown = report.get();
        if (shown != null && !names.isEmpty()) {
            names.add(messages.get("followupsView.effect.chart.comparison"));
            rates.add(nullIfUndefined(shown.comparison().rate()));
        }
        return CategorySeries.single(messages.get("followupsView.effect.chart.rate"), names, rates);
    }

    /**
     * Whether the win-back chart has a bar to draw: a group or the comparison with a decided rate. Before that
     * (no call done, or every window still open) the chart would be an empty frame with a bare 0–110 % axis.
     */
    boolean hasRateBars() {
        return rateChart().series().values().stream().flatMap(List::stream).anyMatch(Objects::nonNull);
    }

    /** Whether any call recorded why a customer stopped, so the reason chart has a bar. */
    boolean hasReasonBars() {
        return !reasons.isEmpty();
    }

    /** Customers per reason code, every code (most customers first), so the common causes stand out. */
    CategorySeries reasonChart() {
        return CategorySeries.single(messages.get("followupsView.effect.chart.customers"),
                reasons.stream().map(stat -> messages.get(FollowUpLabels.outcome(stat.reason()))).toList(),
                reasons.stream().map(stat -> (Number) stat.customers()).toList());
    }

    /**
     * Opens the customers a stop reason counts (its customers column, its bar). Only the reasons count customers:
     * the contacted, won back and pending figures count contact efforts (a customer called again after the window
     * counts twice), so no list of customers would equal them; they stay figures.
     */
    public void drill(ReasonStat stat) {
        opener.drill(new CustomerDrill(messages.format("drill.label.stopReason",
                messages.get(FollowUpLabels.outcome(stat.reason()))), stat.customerKeys()));
    }

    /** The bar at {@code index} of the reason chart, which lists {@link #reasons()} in order. */
    public void drillReasonAt(int index) {
        drill(reasons.get(index));
    }

    private static Number nullIfUndefined(double rate) {
        return Double.isNaN(rate) ? null : rate;
    }

    /** D: a purchase within D days after the contact wins the customer back. */
    public IntegerProperty windowDaysProperty() {
        return windowDays;
    }

    public ObjectProperty<EffectGrouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyObjectProperty<EffectReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The contacts' figures per group of the chosen grouping. */
    public ObservableList<EffectGroupRow> groupRows() {
        return groupRows;
    }

    /** Every reason code: customers whose latest outcome gave it, and the amount at stake they stand for. */
    public ObservableList<ReasonStat> reasons() {
        return reasons;
    }

    /** The headline figures: contacted, won back, rate, comparison, uplift, recovered, median days. */
    public ObservableList<DetailLine> figures() {
        return figures;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
