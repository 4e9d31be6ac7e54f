package io.customerlens.ui.charts;

import io.customerlens.ui.common.Messages;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The quadrant scatter (BCG matrix) as a JFreeChart object, without a window. */
class QuadrantChartTest {

    private final Charts charts = new Charts(new ChartTheme(List.of("Noto Sans CJK SC")),
            Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
    private final QuadrantNames corners = new QuadrantNames("问题", "明星", "瘦狗", "金牛");

    @Test
    void drawsEveryPointWithItsLinesTooltipsAndOnlyTheChosenLabels() {
        LiveChart<QuadrantScatter> chart = charts.quadrants(new ChartLabels("", "相对份额", "增长"), corners,
                scatter(1.0, 0.1));

        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getItemCount(0) + plot.getDataset().getItemCount(1)).isEqualTo(3);
        assertThat(plot.getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(((ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                .getValue()).isEqualTo(1.0);
        assertThat(((ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                .getValue()).isEqualTo(0.1);
        XYItemRenderer renderer = plot.getRenderer();
        assertThat(renderer.getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 1, 0)).isEqualTo("C tip");
        assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 0)).isEqualTo("A");
        assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 1)).isNull();
        assertThat(plot.getAnnotations()).hasSize(4);
    }

    @Test
    void theAxesHoldEveryPointAndBothLines() {
        LiveChart<QuadrantScatter> chart = charts.quadrants(new ChartLabels("", "x", "y"), corners, scatter(8.0, -0.5));

        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThan(0.5);
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThan(8.0);
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(-0.5);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(0.4);
        // A falling whole puts the growth line below zero: its ticks read as the page's threshold text does.
        java.text.NumberFormat ticks = ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getNumberFormatOverride();
        assertThat(ticks.format(-0.5)).isEqualTo("\u221250%");
        assertThat(ticks.format(-0.0)).isEqualTo("0%");
        // A unit that stopped selling is at −100%, the lowest growth there is: the room below it has no ticks.
        assertThat(ticks.format(-1.0)).isEqualTo("\u2212100%");
        assertThat(ticks.format(-1.2)).isEmpty();
    }

    @Test
    void newDataReplacesTheOldAndAnEmptyChartHasNoLines() {
        LiveChart<QuadrantScatter> chart = charts.quadrants(new ChartLabels("", "x", "y"), corners, scatter(1.0, 0.1));

        chart.show(QuadrantScatter.EMPTY);

        XYPlot plot = chart.chart().getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isZero();
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNullOrEmpty();
    }

    /** On a log axis from 0.001× to 100× the left names still stand at the left edge, not near 1×. */
    @Test
    void cornerNamesStandInTheCornersOfAWideLogAxis() {
        SequencedMap<String, List<ScatterPoint>> groups = new LinkedHashMap<>();
        groups.put("问题", List.of(new ScatterPoint("tiny", 0.001, 0.3, 1, "t", false)));
        groups.put("明星", List.of(new ScatterPoint("huge", 100, 0.5, 100, "h", true)));
        LiveChart<QuadrantScatter> chart = charts.quadrants(new ChartLabels("", "x", "y"), corners,
                new QuadrantScatter(groups, 1.0, 0.1));
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().draw(g2, new Rectangle2D.Double(0, 0, 800, 600), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();

        Map<String, Rectangle2D> boxes = new HashMap<>();
        for (Object annotation : chart.chart().getXYPlot().getAnnotations()) {
            CornerName name = (CornerName) annotation;
            boxes.put(name.text(), name.box(g2, area));
        }
        g2.dispose();

        double tenth = area.getWidth() / 10;
        assertThat(boxes.get("问题").getMinX()).isBetween(area.getMinX(), area.getMinX() + tenth);
        assertThat(boxes.get("瘦狗").getMinX()).isBetween(area.getMinX(), area.getMinX() + tenth);
        assertThat(boxes.get("明星").getMaxX()).isBetween(area.getMaxX() - tenth, area.getMaxX());
        assertThat(boxes.get("金牛").getMaxX()).isBetween(area.getMaxX() - tenth, area.getMaxX());
        assertThat(boxes.get("问题").getMinY()).isLessThan(boxes.get("瘦狗").getMinY());
    }

    /** Area follows size: a quarter of the size is half the diameter; none smaller than the minimum. */
    @ParameterizedTest
    @CsvSource({"100, 100, 46", "25, 100, 23", "0, 100, 7", "1, 100, 7", "5, 0, 7"})
    void circleDiameters(double size, double largest, double diameter) {
        assertThat(BubbleRenderer.diameter(size, largest)).isCloseTo(diameter, within(0.001));
    }

    @Test
    void circlesAreRoundAroundTheirPoint() {
        LiveChart<QuadrantScatter> chart = charts.quadrants(new ChartLabels("", "x", "y"), corners, scatter(1.0, 0.1));

        Rectangle2D largest = chart.chart().getXYPlot().getRenderer().getItemShape(0, 0).getBounds2D();
        assertThat(largest.getWidth()).isEqualTo(largest.getHeight()).isCloseTo(46, within(0.001));
        assertThat(largest.getCenterX()).isCloseTo(0, within(0.001));
    }

    @Test
    void aPointOffTheLogAxisIsRefused() {
        assertThatThrownBy(() -> new ScatterPoint("z", 0, 0.1, 1, "tip", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static QuadrantScatter scatter(double xLine, double yLine) {
        SequencedMap<String, List<ScatterPoint>> groups = new LinkedHashMap<>();
        groups.put("明星", List.of(new ScatterPoint("A", 2.0, 0.4, 100, "A tip", true),
                new ScatterPoint("B", 1.5, 0.2, 25, "B tip", false)));
        groups.put("瘦狗", List.of(new ScatterPoint("C", 0.5, -0.1, 10, "C tip", true)));
        return new QuadrantScatter(groups, xLine, yLine);
    }
}
