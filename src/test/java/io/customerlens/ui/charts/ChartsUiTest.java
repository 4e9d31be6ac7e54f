package io.customerlens.ui.charts;

import io.customerlens.ui.common.Messages;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The four charts build and lay out as JavaFX nodes on the FX thread, and take new data in place. */
class ChartsUiTest extends ApplicationTest {

    private List<ChartViewer> viewers;
    private LiveChart<CategorySeries> rates;

    @Override
    public void start(Stage stage) {
        Charts charts = new Charts(ChartTheme.forInstalledFonts(), Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
        rates = ChartsDemo.rates(charts);
        viewers = List.of(ChartsDemo.gaps(charts).viewer(), ChartsDemo.months(charts).viewer(), rates.viewer(),
                ChartsDemo.movement(charts).viewer());
        GridPane grid = new GridPane();
        for (int i = 0; i < viewers.size(); i++) {
            viewers.get(i).setPrefSize(400, 300);
            grid.add(viewers.get(i), i % 2, i / 2);
        }
        stage.setScene(new Scene(grid, 800, 600));
        stage.show();
    }

    @Test
    void everyChartIsLaidOutWithItsCanvasFillingTheViewer() {
        assertThat(viewers).allSatisfy(viewer -> {
            assertThat(viewer.getScene()).isNotNull();
            assertThat(viewer.getWidth()).isEqualTo(400);
            assertThat(viewer.getCanvas().getHeight()).isEqualTo(300);
            assertThat(viewer.getOnContextMenuRequested()).isNull();
        });
    }

    @Test
    void newDataReachesTheShownChartWithoutANewViewer() {
        ChartViewer before = rates.viewer();

        interact(() -> rates.show(CategorySeries.single("流失率", List.of("华北"), List.of(0.4))));

        assertThat(rates.viewer()).isSameAs(before);
        assertThat(before.getChart().getCategoryPlot().getDataset().getValue("流失率", "华北")).isEqualTo(0.4);
    }
}
