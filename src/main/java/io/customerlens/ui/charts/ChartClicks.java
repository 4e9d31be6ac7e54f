package io.customerlens.ui.charts;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

import java.util.function.IntConsumer;

/**
 * Bars and month points that open what they count: a click on a bar (or a point or bar of a monthly chart)
 * calls back with where it sits, its tooltip says so.
 */
public final class ChartClicks {

    private ChartClicks() {
    }

    /**
     * @param hint what a click does ("click to see these customers"), added under each bar's tooltip
     * @param open called with the index of the clicked bar's category (the column of the chart's data)
     */
    public static void onBar(LiveChart<CategorySeries> chart, String hint, IntConsumer open) {
        CategoryItemRenderer renderer = ((CategoryPlot) chart.chart().getPlot()).getRenderer();
        CategoryToolTipGenerator tips = renderer.getDefaultToolTipGenerator();
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> {
            String tip = tips == null ? null : tips.generateToolTip(dataset, row, column);
            return tip == null ? null : tip + "\n" + hint;
        });
        ChartViewer viewer = chart.viewer();
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == MouseButton.PRIMARY
                        && event.getEntity() instanceof CategoryItemEntity bar) {
                    open.accept(bar.getDataset().getColumnIndex(bar.getColumnKey()));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(event.getEntity() instanceof CategoryItemEntity ? Cursor.HAND : Cursor.DEFAULT);
            }
        });
    }

    /** Where a clicked item of a monthly chart sits: its dataset (0 lines, 1 bars), series and month index. */
    @FunctionalInterface
    public interface MonthPointOpener {
        void open(int dataset, int series, int month);
    }

    /**
     * The same for a monthly chart whose points and bars count customers (the movement charts): a click on a
     * point or bar calls back with its dataset, series and month.
     */
    public static void onMonthPoint(LiveChart<MonthlySeries> chart, String hint, MonthPointOpener open) {
        XYPlot plot = (XYPlot) chart.chart().getPlot();
        for (int index = 0; index < plot.getRendererCount(); index++) {
            XYItemRenderer renderer = plot.getRenderer(index);
            XYToolTipGenerator tips = renderer.getDefaultToolTipGenerator();
            renderer.setDefaultToolTipGenerator((dataset, series, item) -> {
                String tip = tips == null ? null : tips.generateToolTip(dataset, series, item);
                return tip == null ? null : tip + "\n" + hint;
            });
        }
        ChartViewer viewer = chart.viewer();
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getTrigger().getButton() == MouseButton.PRIMARY
                        && event.getEntity() instanceof XYItemEntity point) {
                    open.open(plot.indexOf(point.getDataset()), point.getSeriesIndex(), point.getItem());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                viewer.setCursor(event.getEntity() instanceof XYItemEntity ? Cursor.HAND : Cursor.DEFAULT);
            }
        });
    }
}
