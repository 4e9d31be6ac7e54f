package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.ValueTierResult;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/** The Pareto curve read at every tenth of the customers, labelled "top 10 %" … "top 100 %" for the chart. */
final class ParetoDeciles {

    private final Messages messages;

    ParetoDeciles(Messages messages) {
        this.messages = messages;
    }

    CategorySeries series(ValueTierResult tiers) {
        List<String> categories = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int tenth = 1; tenth <= 10; tenth++) {
            categories.add(messages.format("segments.chart.pareto.top", tenth * 10));
            shares.add(tiers.amountShareOfTop(tenth / 10.0));
        }
        return CategorySeries.single(messages.get("segments.chart.pareto.value"), categories, shares);
    }
}
