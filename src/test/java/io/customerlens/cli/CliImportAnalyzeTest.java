package io.customerlens.cli;

import io.customerlens.app.Main;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end over a real store. The fixture (fixtures/cli/sales.csv) has a title row, 9
 * data lines and a totals row: 7 good lines (one a return, one without customer), an exact duplicate of
 * a line, and 2024-02-30, an impossible date. Figures below are worked out by hand from it.
 */
class CliImportAnalyzeTest {

    private static final String FIRST_IMPORT = """
            sales.csv (sheets: sales)
              Rows read: 10
              Imported: 7
              Duplicates: 1 (within this import 1, already stored 0)
              Skipped: 1 (totals rows (合计, 总计, 小计, Total) 1)
              Rejected: 1
                sales.csv, sheet sales, row 6, column 单据日期, value "2024-02-30": not a valid date
              Lines without customer: 1
              Dates: 2024-01-05 to 2024-06-30
              Mapping: customer_id ← 客户编码, customer_name ← 客户名称, date ← 单据日期, amount ← 金额, order_id ← 单据编号
            """;

    /*
     * As of 2024-06-30 (the latest line, the one without customer):
     * KH001 bought on 01-05 (order XS001, 100.00 + 50.50) and 03-15 (XS003, 300.00), returned 30.00 on 03-20:
     *       2 orders, net 420.50, last purchase 03-15 (a return is no purchase), 107 days before 06-30.
     * KH002 bought 200.00 on 02-10 (its 02-30 line is rejected): 141 days (2024 is a leap year).
     * KH003 bought 1,000.00 on 04-01 (the second, identical line is a duplicate): 90 days.
     * The only interval in the data is KH001's 70 days (01-05 to 03-15), so every customer's typical
     * interval is 70 days (KH002 and KH003 borrow it whole): due 05-24, 04-20 and 06-10. For N = 3
     * KH001 (idle 3 months) and KH002 (4) are lapsed; KH003 (2) is 20 days overdue, under half its
     * interval, so ok.
     */
    private static final String HEADER = "customer_key,customer_name,first_purchase,last_purchase,orders,net_amount,"
            + "days_since_last,idle_months,lapsed,typical_interval_days,next_due,overdue_days,risk,"
            + "rfm_segment,r_score,f_score,m_score,value_tier,key_account_tier,lifecycle,p_lapse,value_12m,value_at_risk,"
            + "phone,contact_person,address,wechat\r\n";
    // Segments as of 2024-06-30, by hand. R 107/141/90, F 2/1/1, M 420.50/200/1000; means 112.67, 1.33,
    // 540.17: KH001 recent+frequent = general value, KH002 none = general win-back, KH003 recent+valuable =
    // important develop. Quintiles (n = 3, score 1 + floor(5w/3)): R 2/1/4, F 4/1/1, M 2/1/4. Tiers: KH003
    // c = 0 → A, KH001 c = 1000/1620.5 → A, KH002 c = 0.877 → B. Key accounts (margin unknown: weights
    // ×100/90): KH001 44.44×0.276 + 16.67 (growth, no previous year) + 16.67 (orders) + 5.56 (tenure) +
    // 16.67 (regularity 2/6 = max) = 67.8 → key; KH002 16.67 + 5.56×0.586 = 19.9 → ordinary; KH003 44.44 +
    // 16.67 + 16.67 = 77.8 → strategic. Lifecycle: KH001, KH002 lapsed; KH003 first bought in April: new.
    // p_lapse, value_12m and value_at_risk stay empty: three customers and six months teach no chance or value.
    private static final String CUSTOMERS_CSV = "\uFEFF"
            + HEADER
            + "KH001,好又多超市,2024-01-05,2024-03-15,2,420.50,107,3,true,70.0,2024-05-24,37,lapsed,"
            + "general_value,2,4,2,A,key,lapsed,,,,,,,\r\n"
            + "KH002,王记便利店,2024-02-10,2024-02-10,1,200.00,141,4,true,70.0,2024-04-20,71,lapsed,"
            + "general_winback,1,1,1,B,ordinary,lapsed,,,,,,,\r\n"
            + "KH003,老李批发部,2024-04-01,2024-04-01,1,1000.00,90,2,false,70.0,2024-06-10,20,ok,"
            + "important_develop,4,1,4,A,strategic,new,,,,,,,\r\n";

    @TempDir
    Path temp;
    private Path db;
    private Path fixture;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws URISyntaxException {
        db = temp.resolve("db");
        fixture = Path.of(getClass().getResource("/fixtures/cli/sales.csv").toURI());
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
    }

    @Test
    void importPrintsTheSummaryAndAnalyzeWritesTheHandCheckedFigures() throws IOException {
        CliRunner.Result imported = cli.run("import", fixture.toString(), "--db", db.toString());
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", temp.resolve("out").toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).isEqualTo(FIRST_IMPORT);
        assertThat(analyzed.exitCode()).isZero();
        assertThat(analyzed.out()).isEqualTo("Wrote 3 customers as of 2024-06-30, 2 of them lapsed (3 or more months"
                + " without a purchase), to customers.csv, gaps.csv and movement.csv in " + temp.resolve("out") + "\n"
                + "Also wrote products_bcg.csv (BCG by product) and kpi_monthly.csv\n");
        assertThat(Files.readString(temp.resolve("out/customers.csv"), StandardCharsets.UTF_8)).isEqualTo(CUSTOMERS_CSV);
    }

    @Test
    void analyzeWritesEachCustomersContactInTheLastFourColumnsOfCustomersCsv() throws IOException, URISyntaxException {
        Path may = Path.of(getClass().getResource("/fixtures/contacts/contacts-2024-05.csv").toURI());
        Path june = Path.of(getClass().getResource("/fixtures/contacts/contacts-2024-06.csv").toURI());
        CliRunner.Result imported = cli.run("import", may.toString(), june.toString(), "--db", db.toString());
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", temp.resolve("out").toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(analyzed.exitCode()).isZero();
        assertThat(imported.out()).contains("phone ← 电话", "contact_person ← 联系人", "address ← 地址", "wechat ← 微信");
        // contacts are customer data: the summary names the columns, never a value
        assertThat(imported.out() + imported.err() + analyzed.out() + analyzed.err())
                .doesNotContain("0571-88880000", "陈静", "zhangwei_hl", "13700001111");
        List<String> rows = Files.readAllLines(temp.resolve("out/customers.csv"), StandardCharsets.UTF_8);
        assertThat(rows.getFirst()).endsWith(",p_lapse,value_12m,value_at_risk,phone,contact_person,address,wechat");
        assertThat(rows.subList(1, rows.size())).satisfiesExactly(
                c001 -> assertThat(c001).startsWith("C001,华联超市（滨江店）,")
                        .endsWith(",0571-88880000,陈静,杭州市滨江区江南大道100号,zhangwei_hl"),
                c002 -> assertThat(c002).startsWith("C002,").endsWith(",'+86 138 0013 8000,李娜,上海市徐汇区漕溪北路8号,"),
                c003 -> assertThat(c003).startsWith("C003,").endsWith(",02087654321,王强,广州市天河区体育西路5号,wq_pharmacy"),
                c004 -> assertThat(c004).startsWith("C004,").endsWith(",13700001111,刘洋,南京市鼓楼区中山路20号,liuyang_books"));
    }

    @Test
    void importingTheSameFileAgainFindsOnlyDuplicates() {
        cli.run("import", fixture.toString(), "--db", db.toString());
        CliRunner.Result again = cli.run("import", fixture.toString(), "--db", db.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("  Rows read: 10\n", "  Imported: 0\n", "  Duplicates: 8 (within this import 1, already stored 7)\n",
                "  Rejected: 1\n");
    }

    @Test
    void withoutDbTheDefaultDataFolderIsUsed() {
        cli.run("import", fixture.toString());

        assertThat(temp.resolve("default-db")).isDirectoryContaining(path -> path.toString().endsWith(".mv.db"));
    }

    @Test
    void analyzeAsOfAnEarlierDateIgnoresLaterLines() throws IOException {
        cli.run("import", fixture.toString(), "--db", db.toString());
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--as-of", "2024-02-29",
                "--lapse-months", "6", "--out", temp.resolve("feb").toString());

        assertThat(analyzed.exitCode()).isZero();
        // By 02-29 nobody has two purchase days: no interval anywhere, so every cadence is unknown.
        // RFM: R 55/19 (mean 37), F 1/1 (mean 1), M 150.50/200 (mean 175.25): KH001 frequent only = general
        // retain, KH002 all three = important value; quintiles of two: 1-1-1 and 3-1-3. Both tier A (KH001's
        // c = 200/350.5). Key accounts: KH001 16.67 + 16.67 + 5.56 = 38.9 ordinary, KH002 44.44 + 16.67 +
        // 16.67 + 16.67 = 94.4 strategic. Both first bought within 3 months: new.
        assertThat(Files.readString(temp.resolve("feb/customers.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + HEADER
                + "KH001,好又多超市,2024-01-05,2024-01-05,1,150.50,55,1,false,,,,ok,general_retain,1,1,1,A,ordinary,new,,,,,,,\r\n"
                + "KH002,王记便利店,2024-02-10,2024-02-10,1,200.00,19,0,false,,,,ok,important_value,3,1,3,A,strategic,new,,,,,,,\r\n");
    }

    @Test
    void analyzeOfAnEmptyStoreWritesTheHeaderOnly() throws IOException {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", temp.resolve("out").toString());

        assertThat(analyzed.exitCode()).isZero();
        assertThat(analyzed.out()).contains("holds no sales lines");
        assertThat(Files.readString(temp.resolve("out/customers.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + HEADER);
        assertThat(Files.readString(temp.resolve("out/gaps.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "customer_key,start_month,end_month,months,open\r\n");
        assertThat(Files.readString(temp.resolve("out/movement.csv"), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "month,active,new,lost,returned,base\r\n");
    }

    @Test
    void aMissingFileFailsWithOneLineNamingItWhileTheOtherFilesAreImported() {
        Path missing = temp.resolve("nowhere.xlsx");
        CliRunner.Result result = cli.run("import", missing.toString(), fixture.toString(), "--db", db.toString());

        assertThat(result.exitCode()).as("some files imported, some not").isEqualTo(ExitCodes.PARTIAL);
        assertThat(result.err()).hasLineCount(1).startsWith("customerlens import: cannot import " + missing + ": ")
                .doesNotContain("Exception", "\tat ");
        assertThat(result.out()).contains("  Imported: 7\n");
    }

    @Test
    void aFileThatIsNoSpreadsheetFailsWithOneLine() throws IOException {
        Path picture = Files.write(temp.resolve("photo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        CliRunner.Result result = cli.run("import", picture.toString(), "--db", db.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).hasLineCount(1).startsWith("customerlens import: cannot import " + picture + ": ")
                .doesNotContain("\tat ");
    }

    @Test
    void mappingAHeaderTheFileLacksFailsWithOneLine() {
        CliRunner.Result result = cli.run("import", fixture.toString(), "--db", db.toString(), "--map", "amount=实收金额");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).hasLineCount(1).contains("cannot import", "实收金额");
    }

    @Test
    void rejectedLinesCanBeSavedAsAWorkbook() throws IOException {
        Path rejected = temp.resolve("rejected.xlsx");
        CliRunner.Result result = cli.run("import", fixture.toString(), "--db", db.toString(),
                "--save-rejected", rejected.toString());

        assertThat(result.out()).endsWith("Saved 1 rejected lines to " + rejected + "\n");
        try (InputStream in = Files.newInputStream(rejected); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("2024-02-30");
        }
    }

    @Test
    void sheetsWithoutSalesLinesAreNamedAsNotImported() throws IOException {
        Path workbookFile = temp.resolve("orders-and-returns.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet orders = workbook.createSheet("订单");
            String[][] orderRows = {{"订单 ID", "订单日期", "客户名称", "销售额"},
                    {"A-1", "2024-03-05", "好又多超市", "100"}, {"A-2", "2024-03-06", "王记便利店", "50"}};
            Sheet returns = workbook.createSheet("退货");
            String[][] returnRows = {{"订单 ID", "退回"}, {"A-1", "是"}};
            fill(orders, orderRows);
            fill(returns, returnRows);
            try (var out = Files.newOutputStream(workbookFile)) {
                workbook.write(out);
            }
        }

        CliRunner.Result imported = cli.run("import", workbookFile.toString(), "--db", db.toString(), "--sheet", "all");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("orders-and-returns.xlsx (sheets: 订单)", "Imported: 2",
                "Sheets not imported (no sales lines found, or not chosen): 退货");
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    @Test
    void medianThresholdsChangeTheSegments() throws IOException {
        cli.run("import", fixture.toString(), "--db", db.toString());

        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--rfm-threshold", "median",
                "--rfm-window", "12m", "--out", temp.resolve("median").toString());

        // Medians R 107, F 1, M 420.50: KH001 (107, 2, 420.50) meets all three at the threshold itself,
        // KH002 (141, 1, 200) only F, KH003 (90, 1, 1000) all three. Every purchase lies in the 12 months.
        assertThat(analyzed.exitCode()).isZero();
        List<String> rows = Files.readAllLines(temp.resolve("median/customers.csv"), StandardCharsets.UTF_8);
        assertThat(rows.subList(1, 4)).extracting(row -> row.split(",")[13])
                .containsExactly("important_value", "general_retain", "important_value");
    }

    @Test
    void anUnknownRfmWindowIsAUsageError() {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--rfm-window", "6m",
                "--out", temp.resolve("x").toString());

        assertThat(analyzed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(analyzed.err()).contains("6m is not one of: all, 12m");
    }
}
