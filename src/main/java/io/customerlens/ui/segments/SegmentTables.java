package io.customerlens.ui.segments;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.analysis.segments.AttributeSegment;
import io.customerlens.analysis.segments.Cohort;
import io.customerlens.analysis.segments.CrossedSegment;
import io.customerlens.analysis.segments.KeyAccountCriterion;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.analysis.segments.TierSummary;
import io.customerlens.analysis.segments.ValueTier;
import io.customerlens.service.segments.SegmentRow;
import io.customerlens.ui.common.ColumnFactory;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TableExport;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of the Segments page's tables, each with a tooltip on what it means. */
final class SegmentTables {

    private final Messages messages;
    /** Shares with one decimal, days whole (an average of 7.0 days reads 7), as everywhere else (issue 16). */
    private final ReadingFormat reading;

    SegmentTables(Messages messages) {
        this.messages = messages;
        this.reading = new ReadingFormat(messages.locale());
    }

    /**
     * A segment's name under a chart bar, broken only between words (重要 / 价值; the chart's title says they are
     * customers): the chart's own line breaking would cut Chinese anywhere, "重要价 / 值客户".
     */
    String segmentAxisName(RfmSegment segment) {
        return messages.get("segments.rfm.axis." + segment.code());
    }

    String segmentName(RfmSegment segment) {
        return messages.get("segments.rfm." + segment.code());
    }

    String stageName(LifecycleStage stage) {
        return stage == null ? "" : messages.get("segments.stage." + stage.code());
    }

    private String tierName(ValueTier tier) {
        return tier == null ? "" : messages.get("segments.tier." + tier.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String keyTierName(KeyAccountTier tier) {
        return tier == null ? "" : messages.get("segments.keyTier." + tier.code());
    }

    List<TableColumn<SegmentSummary, ?>> segmentColumns() {
        ColumnFactory<SegmentSummary> columns = new ColumnFactory<>(messages, "segments-rfm-column-");
        return List.of(
                columns.text("segment", "segments.column.segment", "segments.column.segment.tip", 150,
                        row -> segmentName(row.segment())),
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 95,
                        SegmentSummary::customers, messages::count),
                columns.number("share", "segments.column.share", "segments.column.share.tip", 70,
                        SegmentSummary::share, reading::percent),
                columns.number("net", "segments.column.net", "segments.column.net.tip", 110,
                        SegmentSummary::netAmount, messages::amount),
                columns.number("avgR", "segments.column.avgR", "segments.column.avgR.tip", 100,
                        SegmentSummary::averageRecencyDays, reading::wholeDays),
                columns.number("avgF", "segments.column.avgF", "segments.column.avgF.tip", 120,
                        SegmentSummary::averageOrders, reading::oneDecimal),
                columns.number("avgM", "segments.column.avgM", "segments.column.avgM.tip", 100,
                        SegmentSummary::averageNetAmount, messages::amount),
                columns.text("action", "segments.column.action", "segments.column.action.tip", 420,
                        row -> messages.get("segments.action." + row.segment().code())));
    }

    List<TableColumn<SegmentRow, ?>> customerColumns() {
        ColumnFactory<SegmentRow> columns = new ColumnFactory<>(messages, "segments-customer-column-");
        return List.of(
                columns.text("name", "lapse.column.name", "lapse.column.name.tip", 160, SegmentRow::displayName),
                columns.number("r", "segments.column.r", "segments.column.r.tip", 70,
                        row -> row.rfm() == null ? null : row.rfm().recencyDays(), messages::count),
                columns.number("f", "segments.column.f", "segments.column.f.tip", 90,
                        row -> row.rfm() == null ? null : row.rfm().orders(), messages::count),
                columns.number("m", "segments.column.m", "segments.column.m.tip", 110,
                        row -> row.rfm() == null ? null : row.rfm().netAmount(), messages::amount),
                columns.text("scores", "segments.column.scores", "segments.column.scores.tip", 110,
                        row -> row.rfm() == null ? null
                                : row.rfm().rScore() + "-" + row.rfm().fScore() + "-" + row.rfm().mScore()),
                columns.text("tier", "segments.column.tier", "segments.column.tier.tip", 80,
                        row -> tierName(row.valueTier())),
                columns.text("keyTier", "segments.column.keyTier", "segments.column.keyTier.tip", 80,
                        row -> row.keyAccount() == null ? null : keyTierName(row.keyAccount().tier())),
                columns.text("stage", "segments.column.stage", "segments.column.stage.tip", 80,
                        row -> stageName(row.lifecycle())),
                columns.text("key", "customers.column.key", "customers.column.key.tip", 110, SegmentRow::key));
    }

    List<TableColumn<TierSummary, ?>> tierColumns() {
        ColumnFactory<TierSummary> columns = new ColumnFactory<>(messages, "segments-tier-column-");
        return List.of(
                columns.text("tier", "segments.column.tier", "segments.column.tier.tip", 100, row -> tierName(row.tier())),
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 80,
                        TierSummary::customers, messages::count),
                columns.number("net", "segments.column.net", "segments.column.net.tip", 120,
                        TierSummary::netAmount, messages::amount),
                columns.number("share", "segments.column.amountShare", "segments.column.amountShare.tip", 90,
                        TierSummary::shareOfAmount, reading::percent));
    }

    List<TableColumn<KeyAccountRow, ?>> keyAccountColumns() {
        ColumnFactory<KeyAccountRow> columns = new ColumnFactory<>(messages, "segments-key-column-");
        List<TableColumn<KeyAccountRow, ?>> list = new ArrayList<>(List.of(
                columns.text("name", "lapse.column.name", "lapse.column.name.tip", 160, KeyAccountRow::name),
                columns.number("score", "segments.column.score", "segments.column.score.tip", 115,
                        row -> row.account().score(), reading::oneDecimal),
                columns.text("keyTier", "segments.column.keyTier", "segments.column.keyTier.tip", 80,
                        row -> keyTierName(row.account().tier())),
                columns.number("monthly", "segments.column.monthly", "segments.column.monthly.tip", 110,
                        KeyAccountRow::averageMonthlyNet, messages::amount),
                columns.text("monthlyRule", "segments.column.monthlyRule", "segments.column.monthlyRule.tip", 160,
                        row -> messages.get(row.meetsMonthlyRule() ? "segments.yes" : "segments.no"))));
        for (KeyAccountCriterion criterion : KeyAccountCriterion.values()) {
            TableColumn<KeyAccountRow, Double> column = columns.number(criterion.code(),
                    "segments.criterion." + criterion.code(), "segments.criterion." + criterion.code() + ".tip", 135,
                    row -> row.account().normalised().get(criterion), reading::oneDecimal);
            // A scaled score, not the amount or count itself: the header says so.
            ((javafx.scene.control.Labeled) column.getGraphic()).setText(messages.format("segments.column.criterionScore",
                    messages.get("segments.criterion." + criterion.code())));
            list.add(column);
        }
        return list;
    }

    List<TableColumn<LifecycleCount, ?>> lifecycleColumns() {
        ColumnFactory<LifecycleCount> columns = new ColumnFactory<>(messages, "segments-stage-column-");
        return List.of(
                columns.text("stage", "segments.column.stage", "segments.column.stage.tip", 120,
                        row -> stageName(row.stage())),
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 90,
                        LifecycleCount::customers, messages::count));
    }

    List<TableColumn<AttributeSegment, ?>> attributeColumns() {
        ColumnFactory<AttributeSegment> columns = new ColumnFactory<>(messages, "segments-attribute-column-");
        return List.of(
                columns.text("value", "lapse.breakdown.value", "lapse.breakdown.value.tip", 160,
                        row -> valueOrNone(row.value())),
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 80,
                        AttributeSegment::customers, messages::count),
                columns.number("net", "segments.column.net", "segments.column.net.tip", 120,
                        AttributeSegment::netAmount, messages::amount),
                columns.number("orders", "segments.column.orders", "segments.column.orders.tip", 80,
                        AttributeSegment::orders, messages::count),
                columns.number("aov", "segments.column.aov", "segments.column.aov.tip", 110,
                        AttributeSegment::averageOrderValue, messages::amount));
    }

    List<TableColumn<CrossedSegment, ?>> crossedColumns(String firstTitle, String secondTitle) {
        ColumnFactory<CrossedSegment> columns = new ColumnFactory<>(messages, "segments-crossed-column-");
        TableColumn<CrossedSegment, String> first = columns.text("first", "lapse.breakdown.value",
                "lapse.breakdown.value.tip", 140, row -> valueOrNone(row.first()));
        first.setText(firstTitle);
        first.setGraphic(null);
        TableColumn<CrossedSegment, String> second = columns.text("second", "lapse.breakdown.value",
                "lapse.breakdown.value.tip", 140, row -> valueOrNone(row.second()));
        second.setText(secondTitle);
        second.setGraphic(null);
        return List.of(first, second,
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 80,
                        CrossedSegment::customers, messages::count),
                columns.number("net", "segments.column.net", "segments.column.net.tip", 120,
                        CrossedSegment::netAmount, messages::amount),
                columns.number("orders", "segments.column.orders", "segments.column.orders.tip", 80,
                        CrossedSegment::orders, messages::count),
                columns.number("aov", "segments.column.aov", "segments.column.aov.tip", 110,
                        CrossedSegment::averageOrderValue, messages::amount));
    }

    private String valueOrNone(String value) {
        return value == null ? messages.get("lapse.breakdown.noValue") : value;
    }

    /** Cohort table: one row per first-purchase month, then retention by month since, as a heat map. */
    List<TableColumn<Cohort, ?>> cohortColumns(int retentionMonths) {
        ColumnFactory<Cohort> columns = new ColumnFactory<>(messages, "segments-cohort-column-");
        TableColumn<Cohort, java.time.YearMonth> month = columns.number("month", "segments.column.cohort",
                "segments.column.cohort.tip", 80, Cohort::month, java.time.YearMonth::toString);
        TableExport.exportAs(month, java.time.YearMonth::toString);
        List<TableColumn<Cohort, ?>> list = new ArrayList<>(List.of(month,
                columns.number("customers", "segments.column.customers", "segments.column.customers.tip", 70,
                        Cohort::customers, messages::count),
                columns.number("second", "segments.column.secondOrder", "segments.column.secondOrder.tip", 80,
                        Cohort::secondOrder, messages::count),
                columns.number("days", "segments.column.daysToSecond", "segments.column.daysToSecond.tip", 90,
                        Cohort::medianDaysToSecondOrder, reading::wholeDays)));
        for (int k = 0; k < retentionMonths; k++) {
            int since = k;
            TableColumn<Cohort, Double> column = new TableColumn<>(messages.format("segments.column.monthSince", since));
            column.setId("segments-cohort-column-m" + since);
            column.setPrefWidth(56);
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                    since < cell.getValue().retention().size() ? cell.getValue().retention().get(since) : null));
            column.setCellFactory(ignored -> new HeatCell(reading::percent));
            list.add(column);
        }
        return list;
    }

    /** A retention share with a blue background as strong as the share: the cohort heat map. */
    private static final class HeatCell extends TableCell<Cohort, Double> {
        private final Function<Double, String> format;

        HeatCell(Function<Double, String> format) {
            this.format = format;
            setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Double share, boolean empty) {
            super.updateItem(share, empty);
            if (empty || share == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(format.apply(share));
            double alpha = 0.08 + 0.72 * Math.max(0, Math.min(1, share));
            setStyle(String.format(java.util.Locale.ROOT, "-fx-background-color: rgba(31,119,180,%.2f);%s",
                    alpha, alpha > 0.5 ? " -fx-text-fill: white;" : ""));
        }
    }

}
