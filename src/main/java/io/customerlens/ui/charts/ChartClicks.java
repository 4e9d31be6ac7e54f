package io.customerlens.ui.charts;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.labels.CategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;

import java.util.function.IntConsumer;

/** Bars that open what they count: a click on a bar calls back with its category, its tooltip says so. */
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
}
