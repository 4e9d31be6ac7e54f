package io.customerlens.ui.charts;

import io.customerlens.ui.common.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts as JFreeChart objects, without a window: data, axes, tooltips, highlights and updates. */
class ChartsTest {

    private final ChartTheme theme = new ChartTheme(List.of("Noto Sans CJK SC"));
    private final Charts charts = new Charts(theme, Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

    @Test
    void stackedBarsShowBothSeriesWithALegendAndTooltips() {
        LiveChart<CategorySeries> chart = charts.bars(new ChartLabels("流失间隔", "间隔长度", "次数"),
                BarLayout.STACKED, openAndClosed(40, 5));

        CategoryPlot plot = chart.chart().getCategoryPlot();
        assertThat(plot.getRenderer()).isInstanceOf(StackedBarRenderer.class);
        assertThat(plot.getDataset().getValue("已结束", "1–3 个月")).isEqualTo(40);
        assertThat(chart.chart().getLegend().isVisible()).isTrue();
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 1, 0))
                .isEqualTo("进行中 · 1–3 个月: 5");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("间隔长度");
    }

    @Test
    void oneSeriesNeedsNoLegendAndSideBySideIsPlainBars() {
        LiveChart<CategorySeries> chart = charts.bars(new ChartLabels("t", "", "v"), BarLayout.SIDE_BY_SIDE,
                CategorySeries.single("n", List.of("a", "b"), List.of(1, 2)));

        assertThat(chart.chart().getCategoryPlot().getRenderer()).isNotInstanceOf(StackedBarRenderer.class);
        assertThat(chart.chart().getLegend().isVisible()).isFalse();
        assertThat(chart.chart().getCategoryPlot().getDomainAxis().getLabel()).isNull();
    }

    @Test
    void showReplacesTheDataOfTheSameChart() {
        LiveChart<CategorySeries> chart = charts.bars(new ChartLabels("t", "", "v"), BarLayout.SIDE_BY_SIDE,
                openAndClosed(40, 5));
        JFreeChart before = chart.chart();

        chart.show(CategorySeries.single("n", List.of("x"), List.of(7)));

        assertThat(chart.chart()).isSameAs(before);
        assertThat(chart.chart().getCategoryPlot().getDataset().getValue("n", "x")).isEqualTo(7);
        assertThat(chart.chart().getLegend().isVisible()).isFalse();
    }

    @Test
    void calendarMonthsHighlightTheHighestAndLowestMonth() {
        List<Integer> values = List.of(30, 12, 25, 26, 27, 28, 29, 30, 31, 32, 33, 60);

        LiveChart<List<? extends Number>> chart = charts.calendarMonths(new ChartLabels("各月进货", "", "进货额"), values);

        CategoryPlot plot = chart.chart().getCategoryPlot();
        BarRenderer renderer = plot.getRenderer() instanceof BarRenderer bar ? bar : null;
        assertThat(renderer).isNotNull();
        assertThat(renderer.getItemPaint(0, 11)).isEqualTo(theme.peakColor());
        assertThat(renderer.getItemPaint(0, 1)).isEqualTo(theme.troughColor());
        assertThat(renderer.getItemPaint(0, 5)).isEqualTo(theme.plainBarColor());
        assertThat(plot.getDataset().getColumnKey(0)).isEqualTo("1月");
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("最高月份", "最低月份");

        chart.show(List.of(90, 12, 25, 26, 27, 28, 29, 30, 31, 32, 33, 60));
        assertThat(renderer.getItemPaint(0, 0)).isEqualTo(theme.peakColor());
        assertThat(renderer.getItemPaint(0, 11)).isEqualTo(theme.plainBarColor());
    }

    /* Home's share of the ten largest products, now and before: 20 thin bars, so only the current period is labelled. */
    @Test
    void manyBarsSideBySideLabelOnlyTheFirstSeries() {
        List<String> products = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "P" + i).toList();
        SequencedMap<String, List<Number>> twoPeriods = new LinkedHashMap<>();
        twoPeriods.put("now", java.util.Collections.nCopies(10, 0.05));
        twoPeriods.put("before", java.util.Collections.nCopies(10, 0.04));
        SequencedMap<String, List<Number>> fewBars = new LinkedHashMap<>();
        fewBars.put("contacted", List.of(0.4, 0.3));
        fewBars.put("not contacted", List.of(0.2, 0.1));

        CategoryPlot many = charts.percentages(new ChartLabels("t", "c", "v"),
                new CategorySeries(products, twoPeriods)).chart().getCategoryPlot();
        CategoryPlot few = charts.percentages(new ChartLabels("t", "c", "v"),
                new CategorySeries(List.of("a", "b"), fewBars)).chart().getCategoryPlot();

        assertThat(many.getRenderer().isItemLabelVisible(0, 3)).isTrue();
        assertThat(many.getRenderer().isItemLabelVisible(1, 3)).isFalse();
        // 2 series × 2 groups = 4 bars: each is thick enough for its own label.
        assertThat(few.getRenderer().isItemLabelVisible(0, 1)).isTrue();
        assertThat(few.getRenderer().isItemLabelVisible(1, 1)).isTrue();
    }

    @Test
    void percentagesAreHorizontalWithAPercentAxisAndLabels() {
        LiveChart<CategorySeries> chart = charts.percentages(new ChartLabels("各区域流失率", "区域", "流失率"),
                CategorySeries.single("流失率", List.of("华东", "华南"), List.of(0.125, 0.3)));

        CategoryPlot plot = chart.chart().getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        assertThat(axis.getNumberFormatOverride().format(0.25)).isEqualTo("25%");
        CategoryDataset dataset = plot.getDataset();
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(dataset, 0, 0))
                .isEqualTo("华东: 12.5%");
        assertThat(plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(dataset, 0, 1)).isEqualTo("30.0%");
    }

    @Test
    void monthlyChartDrawsLinesOverBarsWithMonthTooltips() {
        List<YearMonth> months = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12));
        SequencedMap<String, List<Integer>> lines = new LinkedHashMap<>();
        lines.put("活跃", List.of(120, 118));
        lines.put("新客户", List.of(5, 7));
        SequencedMap<String, List<Integer>> bars = new LinkedHashMap<>();
        bars.put("客户总数", List.of(300, 305));

        LiveChart<MonthlySeries> chart = charts.monthly(new ChartLabels("客户变动", "", "客户数"),
                MonthlySeries.of(months, lines, bars));

        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset(1).getSeriesKey(0)).isEqualTo("客户总数");
        assertThat(plot.getRenderer(0).getDefaultToolTipGenerator().generateToolTip(plot.getDataset(0), 1, 1))
                .isEqualTo("新客户 · 2024-12: 7");
        assertThat(plot.getRenderer(0).getSeriesPaint(0)).isEqualTo(theme.seriesColor(0));
        assertThat(chart.chart().getLegend().isVisible()).isTrue();
    }

    @Test
    void theStartOfTheDataIsShadedAndNamedInTheLegendNotOverTheLines() {
        List<YearMonth> months = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        SequencedMap<String, List<Integer>> lines = new LinkedHashMap<>();
        lines.put("活跃", List.of(120, 118, 119));
        LiveChart<MonthlySeries> chart = charts.monthly(new ChartLabels("客户变动", "", "客户数"),
                MonthlySeries.lines(months, lines).withBand(
                        new MonthBand(YearMonth.of(2024, 11), YearMonth.of(2024, 12), "数据开端")));

        XYPlot plot = chart.chart().getXYPlot();
        org.jfree.chart.LegendItemCollection band = chart.chart().getLegend().getSources()[1].getLegendItems();
        assertThat(band.getItemCount()).isEqualTo(1);
        assertThat(band.get(0).getLabel()).isEqualTo("数据开端");
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(1)
                .allSatisfy(marker -> assertThat(((org.jfree.chart.plot.Marker) marker).getLabel())
                        .as("no text inside the plot, where it covered the line").isNull());

        chart.show(MonthlySeries.lines(months, lines));

        assertThat(chart.chart().getLegend().getSources()[1].getLegendItems().getItemCount()).isZero();
        assertThat(chart.chart().createBufferedImage(640, 400)).isNotNull();
    }

    @Test
    void everyChartDrawsWithoutAWindow() {
        List<JFreeChart> all = List.of(
                charts.bars(new ChartLabels("t", "c", "v"), BarLayout.SIDE_BY_SIDE, openAndClosed(1, 2)).chart(),
                charts.calendarMonths(new ChartLabels("t", "", "v"), java.util.Collections.nCopies(12, 1)).chart(),
                charts.percentages(new ChartLabels("t", "c", "v"),
                        CategorySeries.single("r", List.of("a"), List.of(0.5))).chart(),
                charts.monthly(new ChartLabels("t", "", "v"), MonthlySeries.lines(List.of(YearMonth.of(2025, 1)),
                        new LinkedHashMap<>(java.util.Map.of("a", List.of(1))))).chart());

        assertThat(all).allSatisfy(chart -> assertThat(chart.createBufferedImage(640, 400)).isNotNull());
    }

    private static CategorySeries openAndClosed(int closed, int open) {
        SequencedMap<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("已结束", List.of(closed, 12));
        series.put("进行中", List.of(open, 1));
        return CategorySeries.of(List.of("1–3 个月", "3–6 个月"), series);
    }

    @Test
    void shareLinesDrawTheDiagonalLastWithPercentAxesAndTooltips() {
        SequencedMap<String, List<ShareLines.Point>> lines = new LinkedHashMap<>();
        lines.put("此名单", List.of(new ShareLines.Point(0, 0), new ShareLines.Point(0.5, 0.8),
                new ShareLines.Point(1, 1)));
        LiveChart<ShareLines> chart = charts.shares(new ChartLabels("找出的流失客户", "致电占比", "找出占比"),
                new ShareLines(lines, "随机顺序"));

        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(1)).isEqualTo("随机顺序");
        assertThat(plot.getDataset().getYValue(0, 1)).isEqualTo(0.8);
        assertThat(((NumberAxis) plot.getRangeAxis()).getNumberFormatOverride().format(0.25)).isEqualTo("25%");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("致电占比");
        assertThat(plot.getRenderer().getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 1))
                .isEqualTo("此名单: 50.0% → 80.0%");

        chart.show(ShareLines.empty("随机顺序"));
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
    }
}
