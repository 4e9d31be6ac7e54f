package io.customerlens.demo;

import io.customerlens.report.StreamingWorkbooks;
import io.customerlens.task.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A realistic Chinese distributor's sales detail (销售明细表), as an ERP exports it: a merged title row,
 * a subtitle row, 16 Chinese headers, one row per line in date order and a 合计 row at the end.
 * <p>
 * Cadence model: every shop restocks on its own rhythm (weekly, every two weeks or monthly, each visit
 * shifted by a few days); some shops start during the period, some stop for good (lapse) and a few stop
 * and come back months later, and most shops do not restock in the weeks around Spring Festival.
 * The data always spans {@link #FIRST_DAY} to {@link #LAST_DAY}, so one seed gives one file on any day.
 */
public final class DemoWorkbook {

    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    public static final List<String> HEADERS = List.of("单据日期", "单据编号", "客户编码", "客户名称", "客户类型",
            "区域", "省份", "城市", "渠道", "业务员", "商品编码", "商品名称", "类别", "数量", "单价", "金额");
    private static final String TOTALS_LABEL = "合计";
    /** Rows above the data: title, subtitle, header. */
    private static final int HEADER_ROW_NUMBER = 3;
    /** One sheet holds 1,048,576 rows; three go to the title and header, one to the totals. */
    public static final int MAX_LINES = 1_048_576 - HEADER_ROW_NUMBER - 1;

    private static final int QUANTITY_COLUMN = 13;
    private static final int AMOUNT_COLUMN = 15;
    private static final int PROGRESS_EVERY = 10_000;
    private static final int[] COLUMN_WIDTHS = {12, 18, 10, 28, 8, 6, 14, 10, 10, 8, 10, 28, 10, 8, 10, 12};

    private final int lines;
    private final long seed;

    public DemoWorkbook(int lines, long seed) {
        if (lines < 1 || lines > MAX_LINES) {
            throw new IllegalArgumentException("lines must be 1.." + MAX_LINES + ": " + lines);
        }
        this.lines = lines;
        this.seed = seed;
    }

    /** The title shown in the merged first row. */
    private String title() {
        String company = DemoCatalog.COMPANY_WORDS.get(Math.floorMod(seed, DemoCatalog.COMPANY_WORDS.size()));
        return company + "商贸有限公司 销售明细表 " + FIRST_DAY + " 至 " + LAST_DAY;
    }

    /** Writes the workbook, streaming: only a window of rows is ever in memory. Progress counts lines. */
    public DemoSummary writeTo(Path file, ProgressListener progress) throws IOException {
        return StreamingWorkbooks.write(file, workbook -> fill(workbook, progress));
    }

    private DemoSummary fill(SXSSFWorkbook workbook, ProgressListener progress) {
        Styles styles = new Styles(workbook);
        SXSSFSheet sheet = workbook.createSheet("销售明细");
        writeHeading(sheet, styles);
        RowWriter rows = new RowWriter(sheet, styles, progress, lines);
        DemoSummary summary = new DemoSalesGenerator(lines, seed, FIRST_DAY, LAST_DAY).generate(rows::write);
        Row totals = sheet.createRow(HEADER_ROW_NUMBER + summary.lines());
        totals.createCell(0).setCellValue(TOTALS_LABEL);
        totals.createCell(QUANTITY_COLUMN).setCellValue(summary.totalQuantity());
        Cell amount = totals.createCell(AMOUNT_COLUMN);
        amount.setCellValue(summary.totalAmount().doubleValue());
        amount.setCellStyle(styles.money);
        StreamingWorkbooks.setColumnWidths(sheet, COLUMN_WIDTHS);
        return summary;
    }

    private void writeHeading(SXSSFSheet sheet, Styles styles) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(title());
        title.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        sheet.createRow(1).createCell(0).setCellValue("单位：元　　制表日期：" + LAST_DAY.plusDays(1));
        Row header = sheet.createRow(HEADER_ROW_NUMBER - 1);
        for (int column = 0; column < HEADERS.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(HEADERS.get(column));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, HEADER_ROW_NUMBER);
    }

    /** Writes one line per row below the header. */
    private static final class RowWriter {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final ProgressListener progress;
        private final int total;
        private int written;
        private LocalDate lastDate;
        private double lastSerial;

        RowWriter(SXSSFSheet sheet, Styles styles, ProgressListener progress, int total) {
            this.sheet = sheet;
            this.styles = styles;
            this.progress = progress;
            this.total = total;
        }

        void write(DemoLine line) {
            Row row = sheet.createRow(HEADER_ROW_NUMBER + written);
            Cell date = row.createCell(0);
            date.setCellValue(serial(line.date()));
            date.setCellStyle(styles.date);
            DemoShop shop = line.shop();
            String[] texts = {line.orderNo(), shop.code(), shop.name(), shop.type().label(), shop.city().region(),
                    shop.city().province(), shop.city().city(), shop.type().channel(), shop.salesperson(),
                    line.product().code(), line.product().name(), line.product().category()};
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i + 1).setCellValue(texts[i]);
            }
            row.createCell(QUANTITY_COLUMN).setCellValue(line.quantity());
            money(row.createCell(QUANTITY_COLUMN + 1), line.unitPriceFen());
            money(row.createCell(AMOUNT_COLUMN), line.amountFen());
            written++;
            if (written % PROGRESS_EVERY == 0 || written == total) {
                progress.progress(written, total);
            }
        }

        private double serial(LocalDate day) {
            if (!day.equals(lastDate)) {
                lastDate = day;
                lastSerial = DateUtil.getExcelDate(day);
            }
            return lastSerial;
        }

        private void money(Cell cell, long fen) {
            cell.setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
            cell.setCellStyle(styles.money);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle money;

        Styles(SXSSFWorkbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = StreamingWorkbooks.boldStyle(workbook);
            header.setAlignment(HorizontalAlignment.CENTER);
            date = StreamingWorkbooks.dateStyle(workbook);
            money = StreamingWorkbooks.formatStyle(workbook, "#,##0.00");
        }
    }
}
