package io.customerlens.ui.sales;

import io.customerlens.analysis.products.KpiMeasure;

/**
 * One KPI tile of Home, its texts already translated: the figure of the latest complete month and how it
 * moved against the month before (MoM) and the same month a year earlier (YoY). When a growth is absent
 * its text says why, never 0.
 */
public record KpiTile(KpiMeasure measure, String name, String value, String mom, TileTrend momTrend, String yoy,
                      TileTrend yoyTrend, String tooltip) {
}
