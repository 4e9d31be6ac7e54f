package io.customerlens.ui.lapse.timeline;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.ui.common.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTextsTest {

    private static final int MARCH_2024 = MonthIndex.of(YearMonth.of(2024, 3));

    @Test
    void lapseTooltipNamesCustomerMonthAmountAndGapLength() {
        TimelineTexts texts = new TimelineTexts(Messages.forLocale(Locale.ENGLISH));

        String tooltip = texts.tooltip(oneCell(new TimelineCell(TimelineCell.CellKind.LAPSE, BigDecimal.ZERO, 7)),
                0, MARCH_2024);

        assertThat(tooltip).isEqualTo("""
                上海百货 Shanghai
                2024-03: Lapse
                Net amount: 0.00
                Gap: 7 months""");
    }

    @Test
    void boughtMonthShowsNetAmountInTheLocaleFormatAndNoGap() {
        TimelineTexts texts = new TimelineTexts(Messages.forLocale(Locale.SIMPLIFIED_CHINESE));

        String tooltip = texts.tooltip(oneCell(new TimelineCell(TimelineCell.CellKind.BOUGHT,
                new BigDecimal("12345.5"), 0)), 0, MARCH_2024);

        assertThat(tooltip).contains("2024-03：有进货", "净金额：12,345.50").doesNotContain("间隔");
    }

    @Test
    void oneMonthGapIsSingular() {
        TimelineTexts texts = new TimelineTexts(Messages.forLocale(Locale.ENGLISH));

        String tooltip = texts.tooltip(oneCell(new TimelineCell(TimelineCell.CellKind.NO_PURCHASE,
                BigDecimal.ZERO, 1)), 0, MARCH_2024);

        assertThat(tooltip).contains("No purchase", "Gap: 1 month").doesNotContain("months");
    }

    @Test
    void monthIsYearDashTwoDigitMonth() {
        assertThat(TimelineTexts.month(MonthIndex.of(YearMonth.of(2019, 1)))).isEqualTo("2019-01");
        assertThat(TimelineTexts.month(MonthIndex.of(YearMonth.of(2024, 12)))).isEqualTo("2024-12");
    }

    /** A model of one customer whose only month is March 2024, also the as-of month. */
    private static TimelineModel oneCell(TimelineCell cell) {
        return new TimelineModel() {
            @Override
            public int rowCount() {
                return 1;
            }

            @Override
            public String rowLabel(int row) {
                return "上海百货 Shanghai";
            }

            @Override
            public int firstMonth() {
                return MARCH_2024;
            }

            @Override
            public int lastMonth() {
                return MARCH_2024 + 1;
            }

            @Override
            public int asOfMonth() {
                return MARCH_2024 + 1;
            }

            @Override
            public TimelineCell cell(int row, int month) {
                return cell;
            }
        };
    }
}
