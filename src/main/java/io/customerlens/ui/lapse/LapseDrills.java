package io.customerlens.ui.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.MovementKind;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.lapse.LapseMembers;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Messages;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The Lapse page's figures opened as customer lists, taken from the report shown and named as the figures are. */
public final class LapseDrills {

    private final Supplier<LapseReport> report;
    private final Messages messages;
    private final CustomerOpener opener;

    LapseDrills(Supplier<LapseReport> report, Messages messages, CustomerOpener opener) {
        this.report = report;
        this.messages = messages;
        this.opener = opener;
    }

    /** One cell of the movement table: "2025-03 流失". */
    public void movement(MovementRow row, MovementKind kind) {
        LapseReport shown = report.get();
        if (shown != null) {
            opener.drill(new CustomerDrill(messages.format("drill.label.movement", row.yearMonth().toString(),
                    messages.get("lapse.movement." + kind.name().toLowerCase(Locale.ROOT))),
                    LapseMembers.movement(shown, row.month(), kind)));
        }
    }

    /** A point of the customer base chart (a line per {@link LapseChartData#BASE_LINES}, a point per month). */
    public void basePoint(int series, int month) {
        LapseReport shown = report.get();
        if (shown != null && series < LapseChartData.BASE_LINES.size() && month < shown.movement().size()) {
            movement(shown.movement().get(month), LapseChartData.BASE_LINES.get(series));
        }
    }

    /** A bar of the flows chart, which leaves out the data's first month ({@link LapseChartData#flowMonths}). */
    public void flowBar(int series, int month) {
        LapseReport shown = report.get();
        if (shown == null) {
            return;
        }
        List<MovementRow> months = LapseChartData.flowMonths(shown.movement());
        if (series < LapseChartData.FLOW_BARS.size() && month < months.size()) {
            movement(months.get(month), LapseChartData.FLOW_BARS.get(series));
        }
    }

    /** The lapsed customers of one breakdown row: "区域：华东 · 未进货". */
    public void lapsedWith(CustomerAttribute attribute, BreakdownRow row) {
        LapseReport shown = report.get();
        if (shown != null && attribute != null) {
            opener.drill(new CustomerDrill(messages.format("drill.label.lapsedWith",
                    messages.get("lapse.attribute." + attribute.name().toLowerCase(Locale.ROOT)),
                    row.value() == null ? messages.get("lapse.breakdown.noValue") : row.value(),
                    shown.window().months()),
                    LapseMembers.lapsedWith(shown, attribute, row.value())));
        }
    }
}
