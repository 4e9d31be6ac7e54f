package io.customerlens.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableWorkbookTest {

    private static final List<String> HEADERS = List.of("客户名称", "最近进货", "订单数", "净额", "活跃", "备注");

    @TempDir
    Path folder;

    @Test
    void roundTripKeepsHeaderTypesAndChineseText() throws IOException {
        Path file = folder.resolve("客户.xlsx");
        List<List<?>> rows = List.of(
                Arrays.asList("青岛海鲜批发部", LocalDate.of(2024, 3, 5), 12, new BigDecimal("12345.50"), true, null),
                Arrays.asList("成都便利店（二店）", null, 3L, new BigDecimal("-80.00"), false, "退货"));

        new TableWorkbook().write("客户列表", HEADERS, rows, file);

        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("客户列表");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADERS);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("青岛海鲜批发部");
            Cell date = first.getCell(1);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.0);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12345.5);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(5)).isNull();

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("成都便利店（二店）");
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-80.0);
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("退货");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void columnsAreWideEnoughForChineseTextButNotEndless() throws IOException {
        Path file = folder.resolve("widths.xlsx");
        List<List<?>> rows = List.of(List.of("青岛海鲜批发部青岛海鲜批发部", "x".repeat(500)));

        new TableWorkbook().write("widths", List.of("名称", "备注"), rows, file);

        try (XSSFWorkbook workbook = open(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0) / 256).isGreaterThanOrEqualTo(28);
            assertThat(sheet.getColumnWidth(1) / 256).isEqualTo(ColumnWidths.MAXIMUM);
        }
    }

    @Test
    void anInvalidSheetNameIsMadeSafe() throws IOException {
        Path file = folder.resolve("safe.xlsx");
        new TableWorkbook().write("流失/回流: 2024?", List.of("a"), List.of(), file);

        try (XSSFWorkbook workbook = open(file)) {
            assertThat(workbook.getSheetName(0)).doesNotContain("/", ":", "?").startsWith("流失");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void aFailureWhileWritingLeavesNoFileBehind() {
        Path file = folder.resolve("broken.xlsx");
        Iterable<List<?>> failing = () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<?> next() {
                if (++served > 3) {
                    throw new IllegalStateException("source gone");
                }
                return List.of("row " + served);
            }
        };

        assertThatThrownBy(() -> new TableWorkbook().write("t", List.of("a"), failing, file))
                .isInstanceOf(IllegalStateException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFailureKeepsTheFileThatWasAlreadyThere() throws IOException {
        Path file = folder.resolve("existing.xlsx");
        Files.writeString(file, "the old file");
        Iterable<List<?>> failing = () -> {
            throw new IllegalStateException("source gone");
        };

        assertThatThrownBy(() -> new TableWorkbook().write("t", List.of("a"), failing, file))
                .isInstanceOf(IllegalStateException.class);
        assertThat(file).hasContent("the old file");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderFailsWithoutCreatingAnything() {
        Path file = folder.resolve("missing").resolve("t.xlsx");

        assertThatThrownBy(() -> new TableWorkbook().write("t", List.of("a"), List.of(), file))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessage(folder.resolve("missing").toAbsolutePath().toString());
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void reportsProgressInRows() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(List.of(i));
        }
        List<long[]> seen = new ArrayList<>();

        new TableWorkbook().write("t", List.of("n"), rows, folder.resolve("p.xlsx"),
                (done, total) -> seen.add(new long[] {done, total}));

        assertThat(seen).extracting(pair -> pair[0]).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(seen).extracting(pair -> pair[1]).containsOnly(2_500L);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
