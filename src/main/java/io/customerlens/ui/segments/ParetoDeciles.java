package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.ParetoPoint;
import io.customerlens.ui.charts.CategorySeries;
import io.customerlens.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pareto curve read at every tenth of the customers: the share of net amount the top 10 %, 20 % …
 * of customers bring (the curve's value at the last point at or below each tenth).
 */
final class ParetoDeciles {

    private final Messages messages;

    ParetoDeciles(Messages messages) {
        this.messages = messages;
    }

    CategorySeries series(List<ParetoPoint> curve) {
        List<String> categories = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int tenth = 1; tenth <= 10; tenth++) {
            double x = tenth / 10.0;
            categories.add(messages.format("segments.chart.pareto.top", tenth * 10));
            shares.add(shareAt(curve, x));
        }
        return CategorySeries.single(messages.get("segments.chart.pareto.value"), categories, shares);
    }

    static double shareAt(List<ParetoPoint> curve, double customerShare) {
        double share = 0;
        for (ParetoPoint point : curve) {
            if (point.customerShare() <= customerShare + 1e-9) {
                share = point.amountShare();
            }
        }
        return share;
    }
}
