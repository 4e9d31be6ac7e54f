package io.customerlens.demo;

import io.customerlens.task.ProgressListener;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class DemoWorkbookTest {

    private static final int LINES = 2_000;
    private static final long SEED = 7;

    @TempDir
    static Path folder;
    private static Path file;
    private static DemoSummary summary;

    @BeforeAll
    static void writeDemo() throws IOException {
        file = folder.resolve("demo.xlsx");
        summary = new DemoWorkbook(LINES, SEED).writeTo(file, ProgressListener.NONE);
    }

    @Test
    void titleRowIsMergedAcrossAllColumnsAndNamesThePeriod() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .endsWith("商贸有限公司 销售明细表 2024-11-01 至 2026-10-31");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 15));
        }
    }

    @Test
    void headerRowHasTheSixteenChineseHeaders() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Row header = workbook.getSheetAt(0).getRow(2);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("单据日期", "单据编号", "客户编码", "客户名称", "客户类型", "区域", "省份",
                    "城市", "渠道", "业务员", "商品编码", "商品名称", "类别", "数量", "单价", "金额");
        }
    }

    @Test
    void holdsExactlyTheRequestedLinesAsDatedRowsThenTheTotalsRow() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Row> data = dataRows(sheet);
            assertThat(data).hasSize(LINES);
            assertThat(data).allSatisfy(row -> assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue());
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + LINES + 1);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(summary.lines()).isEqualTo(LINES);
        }
    }

    @Test
    void totalsRowEqualsTheSumOfTheAmounts() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            Sheet sheet = workbook.getSheetAt(0);
            BigDecimal sum = dataRows(sheet).stream().map(row -> money(row.getCell(15)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = money(sheet.getRow(sheet.getLastRowNum()).getCell(15));
            assertThat(total).isEqualTo(sum).isEqualTo(summary.totalAmount());
        }
    }

    @Test
    void someCustomerStoppedBuyingMonthsBeforeTheEnd() throws IOException {
        Map<String, LocalDate> lastPurchase = new HashMap<>();
        try (XSSFWorkbook workbook = open()) {
            for (Row row : dataRows(workbook.getSheetAt(0))) {
                if (row.getCell(15).getNumericCellValue() > 0) {
                    LocalDate day = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
                    lastPurchase.merge(row.getCell(2).getStringCellValue(), day, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        LocalDate threeMonthsBeforeEnd = DemoWorkbook.LAST_DAY.minusMonths(3);
        assertThat(lastPurchase.values()).anyMatch(day -> day.isBefore(threeMonthsBeforeEnd));
        assertThat(lastPurchase.values()).anyMatch(day -> day.isAfter(DemoWorkbook.LAST_DAY.minusDays(31)));
    }

    @Test
    void containsReturnsWithNegativeQuantityAndAmount() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(dataRows(workbook.getSheetAt(0))).anySatisfy(row -> {
                assertThat(row.getCell(1).getStringCellValue()).startsWith("XT");
                assertThat(row.getCell(13).getNumericCellValue()).isNegative();
                assertThat(row.getCell(15).getNumericCellValue()).isNegative();
            });
        }
    }

    @Test
    void sameSeedGivesTheSameWorkbookAndAnotherSeedAnotherOne() throws IOException {
        Path again = folder.resolve("again.xlsx");
        Path other = folder.resolve("other.xlsx");
        new DemoWorkbook(LINES, SEED).writeTo(again, ProgressListener.NONE);
        new DemoWorkbook(LINES, SEED + 1).writeTo(other, ProgressListener.NONE);

        assertThat(content(again)).isEqualTo(content(file));
        assertThat(content(other).get("xl/worksheets/sheet1.xml"))
                .isNotEqualTo(content(file).get("xl/worksheets/sheet1.xml"));
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 2 && first != null && first.getCellType() == CellType.NUMERIC) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static BigDecimal money(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /** Every part of the package except the document properties, which carry the time of writing. */
    private static Map<String, String> content(Path workbook) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("docProps/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return parts;
    }
}
