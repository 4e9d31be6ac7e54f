package io.customerlens.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TabSeparatedTableTest {

    @Test
    void aHeaderLineThenOneLinePerRowWithTabsAndExcelsLineEnds() {
        String text = new TabSeparatedTable(Locale.SIMPLIFIED_CHINESE).text(List.of("客户", "净额", "订单数", "最后购买"),
                List.of(List.of("好又多超市", new BigDecimal("123456.70"), 14, LocalDate.of(2025, 3, 10)),
                        Arrays.asList("老李批发部", new BigDecimal("-50.00"), 1L, null)));

        assertThat(text).isEqualTo("客户\t净额\t订单数\t最后购买\r\n"
                + "好又多超市\t123,456.70\t14\t2025-03-10\r\n"
                + "老李批发部\t-50.00\t1\t\r\n");
    }

    @Test
    void tabsAndLineBreaksInsideATextBecomeOneSpace() {
        assertThat(new TabSeparatedTable(Locale.ENGLISH).cell("Shop\tNo. 1\r\nEast gate ")).isEqualTo("Shop No. 1 East gate");
    }

    @Test
    void numbersKeepTheirOwnDecimalsUpToFourAndAreGroupedTheLanguagesWay() {
        TabSeparatedTable german = new TabSeparatedTable(Locale.GERMANY);
        TabSeparatedTable english = new TabSeparatedTable(Locale.ENGLISH);

        assertThat(english.cell(new BigDecimal("1234567"))).isEqualTo("1,234,567");
        assertThat(english.cell(new BigDecimal("0.123456"))).isEqualTo("0.1235");
        assertThat(english.cell(0.25)).isEqualTo("0.25");
        assertThat(english.cell(Double.NaN)).isEmpty();
        assertThat(german.cell(new BigDecimal("1234.50"))).isEqualTo("1.234,50");
    }
}
