package io.customerlens.ui.card;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.card.MonthBar;
import io.customerlens.ui.charts.ChartLabels;
import io.customerlens.ui.charts.ShadedMonths;
import io.customerlens.ui.common.Messages;

import java.util.List;

/** The 24-month chart's inputs: net amount per month, months without a purchase and lapse months shaded. */
final class CardChartData {

    private final Messages messages;

    CardChartData(Messages messages) {
        this.messages = messages;
    }

    ChartLabels labels() {
        return new ChartLabels(messages.get("card.section.chart"), "", messages.get("card.column.net"));
    }

    ShadedMonths empty() {
        return of(List.of(), 3);
    }

    ShadedMonths of(CustomerCard card) {
        return of(card.months(), card.window().months());
    }

    private ShadedMonths of(List<MonthBar> months, int window) {
        return new ShadedMonths(months.stream().map(MonthBar::month).toList(),
                months.stream().map(bar -> (Number) bar.net().doubleValue()).toList(),
                messages.get("card.chart.legend.net"),
                months.stream().filter(bar -> bar.gap() && !bar.lapse()).map(MonthBar::month).toList(),
                months.stream().filter(MonthBar::lapse).map(MonthBar::month).toList(),
                messages.get("card.chart.legend.gap"),
                messages.format("card.chart.legend.lapse", window));
    }
}
