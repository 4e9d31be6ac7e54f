package io.customerlens.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A chart whose data can be replaced in place: a view keeps its viewer in the scene and calls
 * {@link #show} when its view model has new figures. Call {@link #viewer()} and {@link #show} on the FX
 * thread once the viewer is showing; the viewer repaints at once.
 */
public final class LiveChart<D> {

    private final JFreeChart chart;
    private final Consumer<? super D> update;
    private ChartViewer viewer;

    LiveChart(JFreeChart chart, Consumer<? super D> update, D initial) {
        this.chart = chart;
        this.update = update;
        show(initial);
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The JavaFX node showing the chart, created on first use (it needs the JavaFX toolkit). */
    public ChartViewer viewer() {
        if (viewer == null) {
            viewer = quietViewer(chart);
        }
        return viewer;
    }

    public void show(D data) {
        update.accept(Objects.requireNonNull(data, "data"));
    }

    /**
     * Without JFreeChart's context menu (its texts are English only) and without drag and wheel zoom,
     * which in a scrolling page would zoom the chart when the user meant to scroll. Tooltips stay.
     */
    private static ChartViewer quietViewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart, false);
        // ChartViewer 2.0.2 ignores its contextMenuEnabled flag and always shows the menu: unhook it.
        viewer.setOnContextMenuRequested(null);
        viewer.setFocusTraversable(false); // nothing to do with the keyboard: Tab should pass it by
        ChartCanvas canvas = viewer.getCanvas();
        for (String handler : new String[] {"zoom", "pan"}) {
            MouseHandlerFX found = canvas.getMouseHandler(handler);
            if (found != null) {
                canvas.removeMouseHandler(found);
            }
        }
        canvas.setDomainZoomable(false);
        canvas.setRangeZoomable(false);
        canvas.setOnScroll(null);
        return viewer;
    }
}
