package io.customerlens.ui.lapse;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.ui.lapse.timeline.TimelineCell;
import io.customerlens.ui.lapse.timeline.TimelineCell.CellKind;
import io.customerlens.ui.lapse.timeline.TimelineModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lapse timeline over the listed customers, from the earliest first purchase month among them to
 * the as-of month. Cells are worked out when drawn, so thousands of customers over years cost nothing
 * until they scroll into view.
 */
final class LapseTimelineModel implements TimelineModel {

    private static final TimelineCell OUTSIDE = new TimelineCell(CellKind.OUTSIDE, BigDecimal.ZERO, 0);

    private final List<LapseRow> rows;
    private final int firstMonth;
    private final int asOfMonth;

    LapseTimelineModel(List<LapseRow> rows, LocalDate asOf) {
        this.rows = List.copyOf(rows);
        this.asOfMonth = MonthIndex.of(asOf);
        this.firstMonth = this.rows.stream().mapToInt(row -> row.lapse().history().firstMonth()).min().orElse(asOfMonth);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public String rowLabel(int row) {
        return rows.get(row).displayName();
    }

    /** The customer key of a row, for opening the customer. */
    String customerKey(int row) {
        return rows.get(row).key();
    }

    @Override
    public int firstMonth() {
        return firstMonth;
    }

    @Override
    public int lastMonth() {
        return asOfMonth;
    }

    @Override
    public int asOfMonth() {
        return asOfMonth;
    }

    @Override
    public TimelineCell cell(int row, int month) {
        CustomerLapse customer = rows.get(row).lapse();
        if (month < customer.history().firstMonth() || month > asOfMonth) {
            return OUTSIDE;
        }
        BigDecimal net = customer.history().netIn(month);
        if (customer.history().boughtIn(month)) {
            return new TimelineCell(CellKind.BOUGHT, net, 0);
        }
        Optional<Gap> gap = customer.gapAt(month);
        int length = gap.map(Gap::months).orElse(0);
        boolean lapse = gap.map(found -> found.isLapse(customer.window())).orElse(false);
        return new TimelineCell(lapse ? CellKind.LAPSE : CellKind.NO_PURCHASE, net, length);
    }
}
