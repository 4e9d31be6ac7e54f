package io.customerlens.importer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the xlsx fixtures of {@code src/test/resources/fixtures/messy/} with POI. The files are
 * committed; run this main (from the project folder) only to change them, then update
 * {@link MessyFixturesTest}. Values given as {@link LocalDate} become date-formatted cells, numbers
 * numeric cells, strings text cells, and null a styled empty cell (so the row exists, as ERP exports
 * write blank rows).
 */
public final class MessyFixtureGenerator {

    private static final Path FOLDER = Path.of("src/test/resources/fixtures/messy");

    private MessyFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        writeDistributorExport(FOLDER.resolve("distributor-cn.xlsx"));
        writeIds(FOLDER.resolve("ids.xlsx"));
        writeYearlySheets(FOLDER.resolve("yearly-sheets.xlsx"));
        writeMac1904(FOLDER.resolve("mac-1904.xlsx"));
    }

    /** Title rows, a merged title cell, Chinese headers, blank rows, a 小计, a repeated header, a 合计. */
    static void writeDistributorExport(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("销售明细");
            CellStyle dateStyle = dateStyle(workbook);
            Object[] header = {"单据日期", "单据编号", "客户编码", "客户名称", "商品名称", "数量", "单价", "价税合计", "业务员", "备注"};
            put(sheet, dateStyle, 1, "华东商贸有限公司 客户销售明细表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
            put(sheet, dateStyle, 2, "期间：2024年1月1日 至 2024年3月31日", null, null, null, null, null, null, null, "单位：元");
            put(sheet, dateStyle, 4, header);
            put(sheet, dateStyle, 5, LocalDate.of(2024, 1, 5), "XS24010001", "C001", "华联超市(南京店)", "可口可乐 330ml", 24, 2.5, 60, "张三", null);
            put(sheet, dateStyle, 6, LocalDate.of(2024, 1, 5), "XS24010001", "C001", "华联超市(南京店)", "雪碧 330ml", 12, 2.5, 30, "张三", null);
            put(sheet, dateStyle, 7, LocalDate.of(2024, 1, 18), "XS24010015", "C002", "苏果便利", "农夫山泉 550ml", 48, 1.5, 72, "李四", null);
            put(sheet, dateStyle, 8, (Object) null);
            put(sheet, dateStyle, 9, LocalDate.of(2024, 2, 2), "XS24020003", "C003", "永辉超市", "可口可乐 330ml", 120, 2.4, 288, "张三", "春节备货");
            put(sheet, dateStyle, 10, null, null, null, "小计", null, 204, null, 450, null, null);
            put(sheet, dateStyle, 11, header);
            put(sheet, dateStyle, 12, LocalDate.of(2024, 2, 20), "XS24020011", "C001", "华联超市(南京店)", "可口可乐 330ml", -6, 2.5, -15, "张三", "退货");
            put(sheet, dateStyle, 13, LocalDate.of(2024, 3, 8), "XS24030002", "C002", "苏果便利", "农夫山泉 550ml", 48, 1.5, 72, "李四", null);
            put(sheet, dateStyle, 14, LocalDate.of(2024, 3, 8), "XS24030002", "C002", "苏果便利", "农夫山泉 550ml", 48, 1.5, 72, "李四", null);
            put(sheet, dateStyle, 15, null, null);
            put(sheet, dateStyle, 16, "合计", null, null, null, null, 246, null, 579, null, null);
            write(workbook, file);
        }
    }

    /** A text ID with leading zeros and a numeric ID cell (11616528.0 in Excel's eyes). */
    static void writeIds(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            CellStyle dateStyle = dateStyle(workbook);
            put(sheet, dateStyle, 1, "客户编码", "客户名称", "单据日期", "金额");
            put(sheet, dateStyle, 2, "00123", "华联超市", LocalDate.of(2024, 3, 5), 10);
            put(sheet, dateStyle, 3, 11616528.0, "永辉超市", LocalDate.of(2024, 3, 5), 20.5);
            put(sheet, dateStyle, 4, "11616528", "永辉超市", LocalDate.of(2024, 3, 6), 30);
            write(workbook, file);
        }
    }

    /** Two yearly sheets with the same headers in another order, overlapping by one row, and a notes sheet. */
    static void writeYearlySheets(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle dateStyle = dateStyle(workbook);
            Sheet first = workbook.createSheet("Year 2009-2010");
            put(first, dateStyle, 1, "Invoice", "StockCode", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country");
            put(first, dateStyle, 2, "489434", "85048", 12, LocalDate.of(2009, 12, 1), 6.95, 13085, "United Kingdom");
            put(first, dateStyle, 3, "536365", "85123A", 6, LocalDate.of(2010, 12, 1), 2.55, 17850, "United Kingdom");
            Sheet notes = workbook.createSheet("说明");
            put(notes, dateStyle, 1, "数据来源", "UCI");
            Sheet second = workbook.createSheet("Year 2010-2011");
            put(second, dateStyle, 1, "Customer ID", "Invoice", "InvoiceDate", "StockCode", "Quantity", "Price", "Country");
            put(second, dateStyle, 2, 17850, "536365", LocalDate.of(2010, 12, 1), "85123A", 6, 2.55, "United Kingdom");
            put(second, dateStyle, 3, 12583, "C536379", LocalDate.of(2010, 12, 1), "D", -1, 27.5, "France");
            write(workbook, file);
        }
    }

    /** A workbook in the 1904 date system (old Mac Excel). */
    static void writeMac1904(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var ctWorkbook = workbook.getCTWorkbook();
            (ctWorkbook.isSetWorkbookPr() ? ctWorkbook.getWorkbookPr() : ctWorkbook.addNewWorkbookPr()).setDate1904(true);
            Sheet sheet = workbook.createSheet("Sales");
            CellStyle dateStyle = dateStyle(workbook);
            put(sheet, dateStyle, 1, "Customer", "Date", "Amount");
            put(sheet, dateStyle, 2, "Alpha", LocalDate.of(2024, 3, 5), 100);
            write(workbook, file);
        }
    }

    private static CellStyle dateStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    /** Fills row {@code rowNumber} (1-based, as Excel shows it). */
    private static void put(Sheet sheet, CellStyle dateStyle, int rowNumber, Object... values) {
        Row row = sheet.createRow(rowNumber - 1);
        for (int i = 0; i < values.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            switch (values[i]) {
                case null -> cell.setCellStyle(dateStyle);
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                case Number number -> cell.setCellValue(number.doubleValue());
                default -> cell.setCellValue(values[i].toString());
            }
        }
    }

    private static void write(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
