package io.customerlens.importer;

import io.customerlens.domain.Field;
import io.customerlens.importer.source.RawRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.customerlens.importer.TestRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

class FileInspectorTest {

    private final FileInspector inspector = new FileInspector(null);

    @Test
    void findsTheOrdersSheetAmongReturnsAndPeople() throws IOException {
        InMemorySource source = new InMemorySource(false)
                .sheet("订单", rows(1,
                        "行 ID,订单 ID,订单日期,发货日期,客户 ID,客户名称,销售额,数量",
                        "n:1,US-2017-1357144,d:42853,d:42857,曾惠-14485,曾惠,n:129.696,n:2",
                        "n:2,CN-2017-1973789,d:42897,d:42901,许安-10165,许安,n:125.44,n:2"))
                .sheet("退货", rows(1, "订单 ID,退回", "US-2017-1357144,是"))
                .sheet("销售人员", rows(1, "销售人员,地区", "殷莲,华东"));

        FileInspection inspection = inspector.inspect(Path.of("superstore.xls"), source);

        assertThat(inspection.salesSheets()).containsExactly("订单");
        assertThat(inspection.sheets()).extracting(SheetInspection::salesScore).satisfiesExactly(
                orders -> assertThat(orders).isGreaterThan(0.9),
                returns -> assertThat(returns).isZero(),
                people -> assertThat(people).isZero());
        SheetInspection orders = inspection.sheets().getFirst();
        assertThat(orders.suggestedMapping().column(Field.DATE).orElseThrow().header()).isEqualTo("订单日期");
        assertThat(orders.previewRows()).hasSize(2);
        assertThat(orders.dateOrderDecidedByValues()).isTrue();
    }

    @Test
    void proposesEveryYearlySheetWithTheSameHeaders() throws IOException {
        InMemorySource source = new InMemorySource(false)
                .sheet("Year 2009-2010", rows(1, "Invoice,StockCode,Quantity,InvoiceDate,Price,Customer ID,Country",
                        "489434,85048,n:12,d:40148.3,n:6.95,n:13085,United Kingdom"))
                .sheet("Notes", rows(1, "Source,UCI"))
                .sheet("Year 2010-2011", rows(1, "Invoice,StockCode,Quantity,Customer ID,InvoiceDate,Price,Country",
                        "536365,85123A,n:6,n:17850,d:40513.3,n:2.55,United Kingdom"));

        FileInspection inspection = inspector.inspect(Path.of("online_retail_II.xlsx"), source);

        assertThat(inspection.salesSheets()).containsExactly("Year 2009-2010", "Year 2010-2011");
    }

    @Test
    void decidesDayFirstFromTheDateColumnsValues() throws IOException {
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1,
                "Date,Customer,Amount", "03/01/19,a,n:1", "25/01/19,b,n:2"));

        SheetInspection sheet = inspector.inspect(Path.of("x.csv"), source).sheets().getFirst();

        assertThat(sheet.dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(sheet.dateOrderDecidedByValues()).isTrue();
    }

    @Test
    void assumesMonthFirstWhenNoValueDecides() throws IOException {
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1,
                "Date,Customer,Amount", "03/01/19,a,n:1", "04/02/19,b,n:2"));

        SheetInspection sheet = inspector.inspect(Path.of("x.csv"), source).sheets().getFirst();

        assertThat(sheet.dateOrder()).isEqualTo(DateOrder.MDY);
        assertThat(sheet.dateOrderDecidedByValues()).isFalse();
    }

    @Test
    void readsOnlyTheFirstRowsOfABigSheetAndPreviewsFifty() throws IOException {
        List<String> data = new ArrayList<>(List.of("日期,客户,金额"));
        for (int i = 0; i < 10_000; i++) {
            data.add("d:45356,客户" + i + ",n:" + i);
        }
        InMemorySource source = new InMemorySource(false).sheet("s", rows(1, data.toArray(String[]::new)));

        SheetInspection sheet = inspector.inspect(Path.of("big.xlsx"), source).sheets().getFirst();

        assertThat(source.rowsStreamed()).isEqualTo(FileInspector.SAMPLE_ROWS);
        assertThat(sheet.previewRows()).hasSize(50).first().extracting(RawRow::rowNumber).isEqualTo(2);
    }

    @Test
    void anEmptyWorkbookProposesNoSheet() throws IOException {
        FileInspection inspection = inspector.inspect(Path.of("empty.xlsx"), new InMemorySource(false).sheet("Sheet1", List.of()));
        assertThat(inspection.salesSheets()).isEmpty();
        assertThat(inspection.sheets().getFirst().layout().headerRowNumber()).isZero();
    }
}
