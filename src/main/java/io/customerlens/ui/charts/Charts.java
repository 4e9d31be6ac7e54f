package io.customerlens.ui.charts;

import io.customerlens.ui.common.Messages;

import java.util.List;

/**
 * Builds the app's charts in one theme and language. Inputs are plain values (texts already translated),
 * never domain records, so any view can chart what its view model computed. Each method returns a
 * {@link LiveChart}: put {@code viewer()} in the scene, call {@code show(...)} with new data.
 */
public final class Charts {

    private final CategoryChartBuilder categoryCharts;
    private final MonthlyChartBuilder monthlyCharts;
    private final QuadrantChartBuilder quadrantCharts;
    private final ShadedMonthsChartBuilder shadedMonthsCharts;
    private final ShareChartBuilder shareCharts;

    public Charts(ChartTheme theme, Messages messages) {
        ChartFormats formats = new ChartFormats(messages.locale());
        ChartParts parts = new ChartParts(theme, messages.locale());
        this.categoryCharts = new CategoryChartBuilder(parts, formats,
                messages.get("charts.legend.peak"), messages.get("charts.legend.trough"));
        this.monthlyCharts = new MonthlyChartBuilder(parts, formats);
        this.quadrantCharts = new QuadrantChartBuilder(parts, formats);
        this.shadedMonthsCharts = new ShadedMonthsChartBuilder(parts, formats);
        this.shareCharts = new ShareChartBuilder(parts, formats);
    }

    /** Vertical bars per category; several series side by side or stacked (e.g. open and closed gaps). */
    public LiveChart<CategorySeries> bars(ChartLabels labels, BarLayout layout, CategorySeries data) {
        return categoryCharts.bars(labels, layout, data);
    }

    /**
     * One bar per calendar month, January to December ({@code values} has 12, nulls allowed), the
     * highest and lowest months highlighted. The category axis label is usually empty: month names say it.
     */
    public LiveChart<List<? extends Number>> calendarMonths(ChartLabels labels, List<? extends Number> values) {
        return categoryCharts.calendarMonths(labels, values);
    }

    /** Horizontal bars of fractions per category (0.125 shows as 12.5%), e.g. the lapse rate by region. */
    public LiveChart<CategorySeries> percentages(ChartLabels labels, CategorySeries fractions) {
        return categoryCharts.percentages(labels, fractions);
    }

    /** Lines, and optionally bars behind them, over calendar months on a time axis. */
    public LiveChart<MonthlySeries> monthly(ChartLabels labels, MonthlySeries data) {
        return monthlyCharts.movement(labels, data);
    }

    /** One bar per month on a time axis with months shaded behind the bars (a customer's gaps and lapses). */
    public LiveChart<ShadedMonths> shadedMonths(ChartLabels labels, ShadedMonths data) {
        return shadedMonthsCharts.chart(labels, data);
    }

    /**
     * Circles sized by a figure over a log x axis (a multiple, e.g. relative share) and a percentage y axis,
     * divided into four named quadrants by two dashed lines: the BCG matrix. The category axis label names x.
     */
    public LiveChart<QuadrantScatter> quadrants(ChartLabels labels, QuadrantNames corners, QuadrantScatter data) {
        return quadrantCharts.quadrants(labels, corners, data);
    }

    /**
     * Lines of a share against a share on two 0–100 % axes with the dashed diagonal named in the legend: a lift
     * chart (the diagonal a random pick) or a reliability chart (the diagonal a perfect forecast). The category
     * axis label names x.
     */
    public LiveChart<ShareLines> shares(ChartLabels labels, ShareLines data) {
        return shareCharts.chart(labels, data);
    }
}
