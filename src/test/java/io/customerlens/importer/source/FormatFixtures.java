package io.customerlens.importer.source;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Regenerates the committed fixtures under src/test/resources/fixtures/formats. Run it from the
 * project folder after changing a fixture's shape:
 * {@code java -cp target/test-classes:... io.customerlens.importer.source.FormatFixtures [dir]}.
 * The files are committed so tests never depend on this class's output being current.
 */
public final class FormatFixtures {

    static final Charset GB18030 = Charset.forName("GB18030");

    private FormatFixtures() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/formats");
        Files.createDirectories(dir);
        ordersXlsx(dir.resolve("orders-two-sheets.xlsx"));
        mac1904Xlsx(dir.resolve("mac-1904.xlsx"));
        superstoreLikeXls(dir.resolve("superstore-like.xls"));
        erpHtmlXls(dir.resolve("erp-export-html.xls"));
        text(dir.resolve("csv-saved-as.xls"), GB18030, """
                客户名称\t单据日期\t金额
                华联超市\t2024-03-05\t1234.50
                万家便利\t2024-03-06\t88
                """);
        text(dir.resolve("customers-utf8.csv"), StandardCharsets.UTF_8, """
                客户编码,客户名称,金额
                00123,华联超市,1234.50
                00124,"Smith, John
                second line",9.99
                00125,Café Régal,7
                """);
        bytes(dir.resolve("customers-utf8-bom.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "客户编码,客户名称,金额\n00123,华联超市,1234.50\n".getBytes(StandardCharsets.UTF_8)));
        text(dir.resolve("customers-gbk.csv"), GB18030, """
                客户编码,客户名称,单据日期,金额
                00123,华联超市,2024年3月5日,"1,234.50"
                00124,喆啡酒店,2024年3月6日,88.00
                00125,北京朝阳区第一分店,2024年3月7日,66
                """);
        text(dir.resolve("customers-windows-1252.csv"), Charset.forName("windows-1252"),
                "CUSTOMERNAME,CITY,SALES\r\nCafé Régal,Königsberg,2871\r\nMüller Spielwaren,München,2765.9\r\n");
        text(dir.resolve("customers-cp850.csv"), Charset.forName("IBM850"),
                "CUSTOMERNAME,ADDRESSLINE1,CONTACTFIRSTNAME,SALES\r\n"
                        + "Euro Shopping Channel,\"C/ Moralzarzal, 86\",Diego,2871\r\n"
                        + "Corrida Auto Replicas,\"C/ Araquil, 67\",Martín,2765.9\r\n"
                        + "Barcelona Gifts,\"Rambla de Cataluña, 23\",Eduardo,3884.34\r\n"
                        + "Folk Toys,Berguvsvägen  8,Christina,1729.8\r\n");
        text(dir.resolve("customers-semicolon.csv"), StandardCharsets.UTF_8, """
                Kunde;Datum;Betrag
                Müller GmbH;05.03.2024;"1.234,50"
                "Schmidt; Söhne";06.03.2024;88,00
                """);
        bytes(dir.resolve("customers-utf16le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Customer\tCity\tSales\r\nCafé Régal\tKönigsberg\t2871\r\n".getBytes(StandardCharsets.UTF_16LE)));
        bytes(dir.resolve("empty.csv"), new byte[0]);
        bytes(dir.resolve("garbage.xls"), garbage());
        byte[] xlsx = Files.readAllBytes(dir.resolve("orders-two-sheets.xlsx"));
        bytes(dir.resolve("truncated.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));
        byte[] xls = Files.readAllBytes(dir.resolve("superstore-like.xls"));
        bytes(dir.resolve("truncated.xls"), Arrays.copyOf(xls, xls.length / 2));
        passwordProtectedXlsx(dir.resolve("orders-two-sheets.xlsx"), dir.resolve("password-protected.xlsx"));
    }

    /**
     * Two sheets; row 4 missing as in sparse exports; shared and inline strings; numbers written the
     * way other producers write them (1.1616528E7, 0.10000000000000001, 2.50); dates in a built-in,
     * a custom and a date-time format beside an amount format that is not a date; formulas with
     * cached number, text and error results; booleans; a styled empty cell.
     */
    static void ordersXlsx(Path file) throws IOException {
        new MinimalXlsxWriter()
                .sharedStrings(List.of("客户编码", "客户名称", "单据日期", "金额", "数量", "已结清", "00123", "Café Régal"))
                .sheet("Orders", """
                        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
                        <c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>\
                        <c r="G1" t="inlineStr"><is><t>备注</t></is></c></row>
                        <row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="inlineStr"><is><t>华联超市</t></is></c>\
                        <c r="C2" s="1"><v>45356</v></c><c r="D2" s="3"><v>1234.5</v></c><c r="E2"><v>3</v></c>\
                        <c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><v>#N/A</v></c></row>
                        <row r="3"><c r="A3"><v>1.1616528E7</v></c><c r="B3" t="s"><v>7</v></c>\
                        <c r="C3" s="2"><v>45357</v></c><c r="D3" s="3"><v>0.10000000000000001</v></c><c r="E3"><v>2.50</v></c>\
                        <c r="F3" t="b"><v>0</v></c><c r="G3" t="str"><f>B3&amp;"!"</f><v>Café Régal!</v></c></row>
                        <row r="5"><c r="A5"><v>11616528</v></c><c r="B5" s="1"/>\
                        <c r="C5" s="4"><v>45358.5</v></c><c r="D5" s="3"><f>D2*2</f><v>2469</v></c>\
                        <c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
                        """)
                .sheet("Returns", """
                        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c></row>
                        <row r="2"><c r="A2" t="inlineStr"><is><t>00123</t></is></c><c r="B2"><v>-100</v></c></row>
                        """)
                .write(file);
    }

    /** A workbook saved by old Mac Excel: serial 43894 is 2024-03-05 in the 1904 date system. */
    static void mac1904Xlsx(Path file) throws IOException {
        new MinimalXlsxWriter()
                .date1904(true)
                .sheet("Sheet1", """
                        <row r="1"><c r="A1" t="inlineStr"><is><t>单据日期</t></is></c></row>
                        <row r="2"><c r="A2" s="1"><v>43894</v></c></row>
                        """)
                .write(file);
    }

    /**
     * A BIFF8 workbook shaped like the Chinese Superstore export: a merged title row (with a stale
     * value left in a covered cell, as some writers do), dates in a built-in and a custom format,
     * a text ID with leading zeros, a numeric ID, a formula and a totals row.
     */
    static void superstoreLikeXls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle customDate = workbook.createCellStyle();
            customDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Sheet orders = workbook.createSheet("订单");
            Row title = orders.createRow(0);
            title.createCell(0).setCellValue("销售明细表 2024年3月");
            title.createCell(2).setCellValue("stale value under the merge");
            orders.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row header = orders.createRow(1);
            String[] headers = {"客户编码", "客户名称", "单据日期", "金额", "数量", "已结清"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row first = orders.createRow(2);
            first.createCell(0).setCellValue("00123");
            first.createCell(1).setCellValue("华联超市");
            dateCell(first, 2, LocalDate.of(2024, 3, 5), builtinDate);
            first.createCell(3).setCellValue(1234.5);
            first.getCell(3).setCellStyle(amount);
            first.createCell(4).setCellValue(3);
            first.createCell(5).setCellValue(true);
            Row second = orders.createRow(3);
            second.createCell(0).setCellValue(11616528.0);
            second.createCell(1).setCellValue("Café Régal");
            dateCell(second, 2, LocalDate.of(2024, 3, 6), customDate);
            second.createCell(3).setCellValue(0.1);
            second.createCell(4).setCellFormula("E3*2");
            second.createCell(5).setCellValue(false);
            Row totals = orders.createRow(5); // row 5 (index 4) left out: a gap
            totals.createCell(0).setCellValue("合计");
            totals.createCell(3).setCellFormula("SUM(D3:D4)");
            totals.getCell(3).setCellStyle(amount);

            Sheet returns = workbook.createSheet("退货");
            returns.createRow(0).createCell(0).setCellValue("订单 ID");
            returns.createRow(1).createCell(0).setCellValue("CN-2024-0001");

            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        row.createCell(column).setCellValue(date);
        row.getCell(column).setCellStyle(style);
    }

    /**
     * What a Chinese ERP's "export to Excel" writes: an HTML page in GBK with a search-criteria box
     * before the data table, a title spanning three columns, a customer cell spanning two rows,
     * &amp;nbsp; in empty cells, a character only GBK/GB18030 has (喆) and a totals row.
     */
    static void erpHtmlXls(Path file) throws IOException {
        text(file, GB18030, """
                <html xmlns:x="urn:schemas-microsoft-com:office:excel">
                <head><meta charset=gbk><title>销售明细</title></head>
                <body>
                <table><tr><td>查询条件：</td><td>2024-03-01 至 2024-03-31</td></tr></table>
                <table border="1">
                <tr><td colspan="3">销售明细表</td><td>制表：张三</td></tr>
                <tr><th>客户名称</th><th>单据日期</th><th>金额</th><th>备注</th></tr>
                <tr><td rowspan="2">华联超市</td><td>2024-03-05</td><td>1,234.50</td><td>&nbsp;</td></tr>
                <tr><td>2024-03-06</td><td>88.00</td><td>补货</td></tr>
                <tr><td>喆啡酒店</td><td>2024/3/7</td><td>￥66.00</td><td></td></tr>
                <tr><td>合计</td><td></td><td>1,388.50</td><td></td></tr>
                </table>
                </body></html>
                """);
    }

    private static void passwordProtectedXlsx(Path plain, Path file) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fileSystem = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fileSystem)) {
                out.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fileSystem.writeFilesystem(out);
            }
        }
    }

    /** Deterministic binary noise with NUL bytes, like a picture or an archive renamed to .xls. */
    private static byte[] garbage() {
        byte[] noise = new byte[512];
        new Random(42).nextBytes(noise);
        noise[3] = 0;
        return noise;
    }

    private static void text(Path file, Charset charset, String content) throws IOException {
        bytes(file, content.getBytes(charset));
    }

    private static void bytes(Path file, byte[] content) throws IOException {
        Files.write(file, content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
