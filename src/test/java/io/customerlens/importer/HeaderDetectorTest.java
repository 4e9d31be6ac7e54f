package io.customerlens.importer;

import io.customerlens.importer.source.RawRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.customerlens.importer.TestRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

class HeaderDetectorTest {

    private final HeaderDetector detector = new HeaderDetector();

    @Test
    void findsTheHeaderBelowTitleRowsAndAMergedTitleCell() {
        List<RawRow> sheet = rows(1,
                "华东商贸有限公司销售明细表,,,,",
                "日期范围：2024-01-01 至 2024-03-31,,,,导出人：张三",
                ",,,,",
                "单据日期,单据编号,客户编码,客户名称,价税合计",
                "d:45292,XS001,n:1001,华联超市,n:100",
                "d:45293,XS002,n:1002,永辉超市,n:200");
        SheetLayout layout = detector.detect("销售明细", sheet);
        assertThat(layout.headerRowNumber()).isEqualTo(4);
        assertThat(layout.headers()).containsExactly("单据日期", "单据编号", "客户编码", "客户名称", "价税合计");
        assertThat(layout.sheetName()).isEqualTo("销售明细");
    }

    @Test
    void findsAHeaderOfUnknownNamesAboveNumericData() {
        SheetLayout layout = detector.detect("s", rows(1,
                "Report,,",
                "Alpha,Beta,Gamma",
                "x,n:1,n:2",
                "y,n:3,n:4"));
        assertThat(layout.headerRowNumber()).isEqualTo(2);
    }

    @Test
    void keepsBlankHeadersInsideTheRowAndDropsTrailingOnes() {
        SheetLayout layout = detector.detect("s", rows(1, "客户, ,金额,日期,,"));
        assertThat(layout.headers()).containsExactly("客户", "", "金额", "日期");
    }

    @Test
    void aNarrowSheetStillHasAHeader() {
        SheetLayout layout = detector.detect("退货", rows(1, "订单 ID,退回", "US-2017-1357144,是"));
        assertThat(layout.headerRowNumber()).isEqualTo(1);
        assertThat(layout.headers()).containsExactly("订单 ID", "退回");
    }

    @Test
    void anEmptySheetHasNoHeaderRow() {
        SheetLayout layout = detector.detect("empty", List.of());
        assertThat(layout.headerRowNumber()).isZero();
        assertThat(layout.headers()).isEmpty();
    }

    @Test
    void aHeaderWithLineBreaksIsShownOnOneLine() {
        SheetLayout layout = detector.detect("s", rows(1, "客户名称,\"金额\n(元)\",日期".replace("\"", "")));
        assertThat(layout.headers()).containsExactly("客户名称", "金额 (元)", "日期");
    }
}
