package io.customerlens.importer;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SalesLine;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.RowDefect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static io.customerlens.importer.TestRows.row;
import static org.assertj.core.api.Assertions.assertThat;

class RowInterpreterTest {

    private static final List<String> CHINESE = List.of("单据日期", "单据编号", "客户编码", "客户名称", "商品名称", "数量", "单价", "价税合计", "备注");
    private static final List<String> RETAIL = List.of("Invoice", "StockCode", "Quantity", "InvoiceDate", "Price", "Customer ID");
    private static final List<String> BY_NAME = List.of("日期", "客户", "金额");

    private static RowInterpreter interpreter(List<String> headers) {
        SheetLayout layout = new SheetLayout("明细", 3, headers);
        ColumnMapping mapping = new ColumnMapper().suggest(headers);
        return new RowInterpreter("sales.xlsx", layout, SheetColumns.resolve(layout, mapping), new DateParser(DateOrder.MDY, false),
                new FutureDateRule(LocalDate.of(2024, 6, 30), 1));
    }

    private static SalesLine accepted(List<String> headers, String... cells) {
        RowOutcome outcome = interpreter(headers).interpret(row(10, cells));
        assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
        return ((RowOutcome.Accepted) outcome).line();
    }

    private static ImportProblem rejected(List<String> headers, String... cells) {
        RowOutcome outcome = interpreter(headers).interpret(row(12, cells));
        assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
        return ((RowOutcome.Rejected) outcome).problem();
    }

    @Test
    void aFullRowBecomesASalesLine() {
        SalesLine line = accepted(CHINESE, "d:45356", "XS-001", "00123", " 华联超市 ", "可乐", "n:10", "n:2.5", "¥25.00", "x");
        assertThat(line.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(line.amount()).isEqualTo(new BigDecimal("25.00"));
        assertThat(line.orderNo()).isEqualTo("XS-001");
        assertThat(line.customerKey()).isEqualTo("00123");
        assertThat(line.customer().id()).isEqualTo("00123");
        assertThat(line.customer().name()).isEqualTo("华联超市");
        assertThat(line.product().name()).isEqualTo("可乐");
        assertThat(line.quantity()).isEqualTo(new BigDecimal("10"));
        assertThat(line.unitPrice()).isEqualTo(new BigDecimal("2.5"));
        assertThat(line.isReturn()).isFalse();
    }

    @Test
    void aBlankAmountIsQuantityTimesUnitPrice() {
        SalesLine line = accepted(CHINESE, "2024-03-05", "XS-001", "n:1001", "华联超市", "可乐", "n:6", "n:2.55", "", "");
        assertThat(line.amount()).isEqualTo(new BigDecimal("15.30"));
    }

    @Test
    void withoutAnIdColumnTheKeyIsTheNormalisedName() {
        SalesLine line = accepted(BY_NAME, "2024-03-05", "  ＡＢＣ  Trading ", "100");
        assertThat(line.customerKey()).isEqualTo("abc trading");
        assertThat(line.customer().name()).isEqualTo("ＡＢＣ  Trading");
        assertThat(line.customer().id()).isNull();
    }

    @Test
    void aBlankIdMeansNoCustomerEvenWithAName() {
        SalesLine line = accepted(CHINESE, "2024-03-05", "XS-001", "", "散客", "可乐", "", "", "10", "");
        assertThat(line.customerKey()).isNull();
        assertThat(line.customer().name()).isEqualTo("散客");
    }

    @Test
    void aNumericIdCellWithZeroFractionIsItsInteger() {
        assertThat(accepted(CHINESE, "2024-03-05", "n:536365", "11616528.0", "a", "b", "", "", "10", "").customerKey())
                .isEqualTo("11616528");
    }

    @ParameterizedTest(name = "{0} qty={1} price={2} -> {3}, return={4}")
    @CsvSource({
            "536365,  n:6,  n:2.55, 15.30, false",
            "C536379, n:-1, n:27.50, -27.50, true",
            "C536380, n:1,  n:27.50, -27.50, true",
            "536381,  n:-2, n:3,    -6, true",
            "A563186, n:1,  n:-11062.06, -11062.06, true",
            "CX1,     n:1,  n:5,    5, false",
    })
    void returnsAreNegativeQuantitiesAndCancellations(String invoice, String quantity, String price,
                                                       BigDecimal amount, boolean isReturn) {
        SalesLine line = accepted(RETAIL, invoice, "85123A", quantity, "d:40148.5", price, "n:13085");
        assertThat(line.amount()).isEqualTo(amount);
        assertThat(line.isReturn()).isEqualTo(isReturn);
    }

    @Test
    void aNegativeAmountIsAReturn() {
        SalesLine line = accepted(BY_NAME, "2024-03-05", "华联", "(123.00)");
        assertThat(line.amount()).isEqualTo(new BigDecimal("-123.00"));
        assertThat(line.isReturn()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            ",,,,,,,,          | BLANK",
            "\u3000,\u00a0,,,,,,, | BLANK",
            "单据日期,单据编号,客户编码,客户名称,商品名称,数量,单价,价税合计,备注 | REPEATED_HEADER",
            ",,,合计,,n:16,,n:340,   | TOTALS",
            ",,,合 计：,,n:16,,n:340, | TOTALS",
            "d:45356,,n:1001,华联超市,小计,,,n:340, | TOTALS",
            "Grand Total,,,,,,,n:340, | TOTALS",
    })
    void rowsThatAreNoSalesLinesAreSkipped(String cells, SkipReason reason) {
        RowOutcome outcome = interpreter(CHINESE).interpret(row(20, cells.split(",", -1)));
        assertThat(outcome).isEqualTo(new RowOutcome.Skipped(reason));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            ",XS-1,n:1,a,b,n:1,n:2,n:2,                  | MISSING_DATE   | 单据日期 | ''",
            "2018-02-29,XS-1,n:1,a,b,n:1,n:2,n:2,        | INVALID_DATE   | 单据日期 | 2018-02-29",
            "2024-13-01,XS-1,n:1,a,b,n:1,n:2,n:2,        | INVALID_DATE   | 单据日期 | 2024-13-01",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,abc,        | INVALID_AMOUNT | 价税合计 | abc",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,12%,        | INVALID_AMOUNT | 价税合计 | 12%",
            "2024-03-05,XS-1,n:1,a,b,ten,n:2,n:20,       | INVALID_NUMBER | 数量     | ten",
            "2024-03-05,XS-1,n:1,a,b,n:1,2 元/个,n:2,     | INVALID_NUMBER | 单价     | 2 元/个",
            "2024-03-05,XS-1,n:1,a,b,,n:2,,              | MISSING_AMOUNT | 价税合计 | ''",
    })
    void unreadableRowsAreRejectedNamingTheColumnAndValue(String cells, ProblemReason reason, String column, String value) {
        ImportProblem problem = rejected(CHINESE, Arrays.copyOf(cells.split(",", -1), CHINESE.size()));
        assertThat(problem).isEqualTo(new ImportProblem("sales.xlsx", "明细", 12, column, value, reason));
    }

    @Test
    void withoutAnAmountColumnAMissingQuantityIsBlamed() {
        ImportProblem problem = rejected(RETAIL, "536365", "85123A", "", "d:40148", "n:2.55", "n:13085");
        assertThat(problem.reason()).isEqualTo(ProblemReason.MISSING_AMOUNT);
        assertThat(problem.column()).isEqualTo("Quantity");
    }

    @Test
    void aDateMoreThanTheAllowedDaysAfterTodayIsRejectedNamingTheDate() {
        // Today is 2024-06-30 and one day ahead is allowed; 2024-07-02 is the serial 45475.
        assertThat(accepted(BY_NAME, "2024-07-01", "华联", "10").date()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(rejected(BY_NAME, "d:45475", "华联", "10")).isEqualTo(new ImportProblem("sales.xlsx", "明细", 12,
                "日期", "2024-07-02", ProblemReason.FUTURE_DATE, List.of("2024-07-02", "2024-07-01", "1")));
    }

    @Test
    void anExcelErrorCellIsNoCustomer() {
        RowOutcome outcome = interpreter(CHINESE).interpret(new RawRow(12, List.of(Cell.text("2024-03-05"),
                Cell.text("XS-1"), new Cell(CellKind.ERROR, "#REF!"), Cell.text("华联"), Cell.BLANK, Cell.BLANK,
                Cell.BLANK, Cell.text("10"))));

        assertThat(outcome).isEqualTo(new RowOutcome.Rejected(new ImportProblem("sales.xlsx", "明细", 12, "客户编码",
                "#REF!", ProblemReason.EXCEL_ERROR)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "#N/A, false",
            "' #GETTING_DATA ', false",
            "#SPILL!, false",
            "#CALC!, false",
            "#NULL!, false",
            "#1店, true",
            "N/A, true",
    })
    void anExcelErrorWrittenAsTextIsNoCustomerName(String name, boolean isAccepted) {
        RowOutcome outcome = interpreter(BY_NAME).interpret(row(12, "2024-03-05", name, "10"));

        assertThat(outcome).isInstanceOf(isAccepted ? RowOutcome.Accepted.class : RowOutcome.Rejected.class);
    }

    @Test
    void controlAndBidirectionalCharactersAreRemovedFromKeysAndNames() {
        SalesLine line = accepted(CHINESE, "2024-03-05", "XS\u0007-1", "C001\u202C", "\u202E华联\u0007超市\u2069",
                "可\r\n乐", "", "", "10", "");

        assertThat(line.customerKey()).isEqualTo("C001");
        assertThat(line.customer().name()).isEqualTo("华联超市");
        assertThat(line.orderNo()).isEqualTo("XS-1");
        assertThat(line.product().name()).isEqualTo("可  乐");
    }

    @Test
    void namesDifferingOnlyByInvisibleCharactersAreOneCustomer() {
        assertThat(accepted(BY_NAME, "2024-03-05", "\u200E华联超市\u061C", "10").customerKey())
                .isEqualTo(accepted(BY_NAME, "2024-03-05", "华联超市", "10").customerKey());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,1e309,            | NUMBER_TOO_LARGE | 价税合计 | 1e309",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,1e-400,           | NUMBER_TOO_SMALL | 价税合计 | 1e-400",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,n:-1000000000001, | NUMBER_TOO_LARGE | 价税合计 | -1000000000001",
            "2024-03-05,XS-1,n:1,a,b,n:1E13,n:2,n:2,           | NUMBER_TOO_LARGE | 数量     | 1E13",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:Infinity,n:2,       | INVALID_NUMBER   | 单价     | Infinity",
            "2024-03-05,XS-1,n:1,a,b,n:1,n:2,n:NaN,            | INVALID_AMOUNT   | 价税合计 | NaN",
            "2024-03-05,XS-1,n:1,a,b,n:2000000,n:2000000,,     | NUMBER_TOO_LARGE | 价税合计 | 4000000000000",
    })
    void implausibleNumbersAreRejectedWithTheirValue(String cells, ProblemReason reason, String column, String value) {
        ImportProblem problem = rejected(CHINESE, Arrays.copyOf(cells.split(",", -1), CHINESE.size()));
        assertThat(List.of(problem.reason(), problem.column(), problem.value())).containsExactly(reason, column, value);
    }

    @Test
    void aNumberMergedOverSeveralRowsBelongsToNoLineButAMergedCustomerDoes() {
        Cell customer = Cell.text("华联超市").inMergedRows(10, 12);
        RawRow mergedName = new RawRow(11, List.of(Cell.text("2024-03-05"), customer, Cell.text("10")));
        RawRow mergedAmount = new RawRow(11, List.of(Cell.text("2024-03-05"), customer,
                new Cell(CellKind.NUMBER, "30").inMergedRows(10, 12)));

        assertThat(((RowOutcome.Accepted) interpreter(BY_NAME).interpret(mergedName)).line().customerKey())
                .isEqualTo("华联超市");
        assertThat(interpreter(BY_NAME).interpret(mergedAmount)).isEqualTo(new RowOutcome.Rejected(new ImportProblem(
                "sales.xlsx", "明细", 11, "金额", "30", ProblemReason.MERGED_NUMBER, List.of("10", "12"))));
    }

    @Test
    void aRowTheReaderCouldNotSplitIsRejectedWithItsLine() {
        RawRow quote = new RawRow(5, List.of(Cell.text("2024-03-05"), Cell.text("华联,10")),
                new RowDefect.UnclosedQuote(5, 1, "2024-03-05,\"华联,10"));
        RawRow shifted = new RawRow(6, List.of(Cell.text("2024-03-05"), Cell.text("华联"), Cell.text("1"),
                Cell.text("234.50")), new RowDefect.FieldCount(3, 4, true, "2024-03-05,华联,1,234.50"));

        assertThat(interpreter(BY_NAME).interpret(quote)).isEqualTo(new RowOutcome.Rejected(new ImportProblem(
                "sales.xlsx", "明细", 5, "客户", "2024-03-05,\"华联,10", ProblemReason.UNCLOSED_QUOTE, List.of("5"))));
        assertThat(interpreter(BY_NAME).interpret(shifted)).isEqualTo(new RowOutcome.Rejected(new ImportProblem(
                "sales.xlsx", "明细", 6, "", "2024-03-05,华联,1,234.50", ProblemReason.FIELD_COUNT_THOUSANDS,
                List.of("3", "4"))));
    }
}
