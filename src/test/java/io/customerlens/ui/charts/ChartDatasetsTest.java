package io.customerlens.ui.charts;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartDatasetsTest {

    @Test
    void categoryDatasetKeepsTheOrderOfCategoriesAndSeries() {
        SequencedMap<String, List<Integer>> series = new LinkedHashMap<>();
        series.put("已结束", List.of(40, 12, 3));
        series.put("进行中", Arrays.asList(5, null, 9));
        CategorySeries data = CategorySeries.of(List.of("1–3 个月", "3–6 个月", "6 个月以上"), series);

        CategoryDataset dataset = ChartDatasets.categories(data);

        assertThat(dataset.getRowKeys()).containsExactly("已结束", "进行中");
        assertThat(dataset.getColumnKeys()).containsExactly("1–3 个月", "3–6 个月", "6 个月以上");
        assertThat(dataset.getValue("已结束", "3–6 个月")).isEqualTo(12);
        assertThat(dataset.getValue("进行中", "6 个月以上")).isEqualTo(9);
        assertThat(dataset.getValue("进行中", "3–6 个月")).isNull();
    }

    @Test
    void seriesOfTheWrongLengthOrRepeatedCategoriesAreRefused() {
        SequencedMap<String, List<Integer>> tooShort = new LinkedHashMap<>();
        tooShort.put("a", List.of(1));
        assertThatThrownBy(() -> CategorySeries.of(List.of("x", "y"), tooShort))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CategorySeries.single("a", List.of("x", "x"), List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputsAreCopiedSoLaterChangesDoNotReachTheChart() {
        List<Integer> values = new java.util.ArrayList<>(List.of(1, 2));
        CategorySeries data = CategorySeries.single("a", List.of("x", "y"), values);
        values.set(0, 99);

        assertThat(data.series().get("a")).containsExactly(1, 2);
    }

    @Test
    void calendarMonthsAreNamedInTheAppsLanguage() {
        List<Integer> values = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        CategoryDataset chinese = ChartDatasets.calendarMonths("进货额", values,
                new ChartFormats(Locale.SIMPLIFIED_CHINESE).monthNames());
        CategoryDataset english = ChartDatasets.calendarMonths("Sales", values,
                new ChartFormats(Locale.ENGLISH).monthNames());

        assertThat(chinese.getColumnKeys()).first().isEqualTo("1月");
        assertThat(chinese.getColumnKeys()).last().isEqualTo("12月");
        assertThat(english.getColumnKeys()).first().isEqualTo("Jan");
        assertThat(chinese.getValue(0, 11)).isEqualTo(12);
    }

    @Test
    void calendarMonthsNeedTwelveValues() {
        assertThatThrownBy(() -> ChartDatasets.calendarMonths("x", List.of(1, 2),
                new ChartFormats(Locale.ENGLISH).monthNames())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void monthlySeriesBecomeOneTimeSeriesPerNameWithOnePeriodPerMonth() {
        List<YearMonth> months = List.of(YearMonth.of(2024, 11), YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        SequencedMap<String, List<Integer>> lines = new LinkedHashMap<>();
        lines.put("活跃", List.of(120, 118, 90));
        lines.put("新客户", Arrays.asList(5, null, 2));
        MonthlySeries data = MonthlySeries.lines(months, lines);

        TimeSeriesCollection collection = ChartDatasets.monthly(data.months(), data.lines());

        assertThat(collection.getSeriesCount()).isEqualTo(2);
        TimeSeries active = collection.getSeries("活跃");
        assertThat(active.getTimePeriod(0)).isEqualTo(new Month(11, 2024));
        assertThat(active.getTimePeriod(2)).isEqualTo(new Month(1, 2025));
        assertThat(active.getValue(new Month(12, 2024))).isEqualTo(118);
        assertThat(collection.getSeries("新客户").getValue(new Month(12, 2024))).isNull();
        assertThat(data.bars()).isEmpty();
    }
}
