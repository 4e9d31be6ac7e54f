package io.customerlens.ui.charts;

import io.customerlens.ui.common.Messages;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;

/**
 * Shows the four charts with Chinese labels, to look at fonts and layout by eye (under Xvfb: screenshot
 * the display). Not a test; run with the test classpath: {@code java -cp ... io.customerlens.ui.charts.ChartsDemo}.
 */
public final class ChartsDemo {

    private ChartsDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application; separate from main so the launcher class does not extend Application. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Charts charts = new Charts(ChartTheme.forInstalledFonts(), Messages.forLocale(Locale.SIMPLIFIED_CHINESE));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.add(cell(gaps(charts).viewer()), 0, 0);
            grid.add(cell(months(charts).viewer()), 1, 0);
            grid.add(cell(rates(charts).viewer()), 0, 1);
            grid.add(cell(movement(charts).viewer()), 1, 1);
            stage.setTitle("CustomerLens 图表");
            stage.setScene(new Scene(grid, 1400, 900));
            stage.show();
        }

        private static Region cell(Region chart) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            GridPane.setVgrow(chart, Priority.ALWAYS);
            chart.setPrefSize(690, 440);
            return chart;
        }
    }

    static LiveChart<CategorySeries> gaps(Charts charts) {
        SequencedMap<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("已结束（客户已回流）", List.of(182, 96, 41, 17, 6));
        series.put("进行中（尚未回流）", List.of(12, 23, 19, 28, 35));
        return charts.bars(new ChartLabels("断货间隔长度分布", "间隔长度", "间隔次数"), BarLayout.STACKED,
                CategorySeries.of(List.of("1–2 个月", "2–3 个月", "3–6 个月", "6–12 个月", "12 个月以上"), series));
    }

    static LiveChart<List<? extends Number>> months(Charts charts) {
        return charts.calendarMonths(new ChartLabels("各月进货金额（元）", "", "进货金额"),
                List.of(182_000, 95_500, 156_000, 161_200, 170_300, 168_900, 158_000, 149_500, 175_800,
                        188_100, 201_700, 243_600));
    }

    static LiveChart<CategorySeries> rates(Charts charts) {
        return charts.percentages(new ChartLabels("各客户类型流失率", "客户类型", "流失率"),
                CategorySeries.single("流失率", List.of("便利店", "夫妻店 / 社区小超市", "批发部", "餐饮", "连锁超市（KA）"),
                        List.of(0.183, 0.247, 0.092, 0.301, 0.054)));
    }

    static LiveChart<MonthlySeries> movement(Charts charts) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2024, 11); !month.isAfter(YearMonth.of(2026, 10)); month = month.plusMonths(1)) {
            months.add(month);
        }
        SequencedMap<String, List<Integer>> lines = new LinkedHashMap<>();
        lines.put("活跃客户", series(months.size(), 140, 3));
        lines.put("新客户", series(months.size(), 12, 1));
        lines.put("流失客户", series(months.size(), 8, 2));
        lines.put("回流客户", series(months.size(), 4, 1));
        SequencedMap<String, List<Integer>> bars = new LinkedHashMap<>();
        bars.put("客户总数", series(months.size(), 180, 2));
        return charts.monthly(new ChartLabels("客户变动（每月）", "", "客户数"), MonthlySeries.of(months, lines, bars));
    }

    private static List<Integer> series(int size, int base, int wiggle) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(base + (int) Math.round(wiggle * (i * 0.6 + 4 * Math.sin(i * 0.9))));
        }
        return values;
    }
}
