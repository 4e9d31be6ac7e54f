package io.customerlens.report;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class RejectedLinesWorkbookTest {

    private static final List<ImportProblem> PROBLEMS = List.of(
            new ImportProblem("sales.xlsx", "2024", 17, "单据日期", "2018-02-29", ProblemReason.INVALID_DATE),
            new ImportProblem("sales.xlsx", "2024", 23, "金额", "abc", ProblemReason.INVALID_AMOUNT));

    @TempDir
    Path folder;

    @Test
    void writesOneRowPerProblemUnderTranslatedHeaders() throws IOException {
        Path file = folder.resolve("rejected.xlsx");
        new RejectedLinesWorkbook(bundle(Locale.ROOT)).write(PROBLEMS, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Rejected lines");
            assertThat(texts(sheet.getRow(0))).containsExactly("File", "Sheet", "Row", "Column", "Value", "Reason");
            assertThat(texts(sheet.getRow(1)))
                    .containsExactly("sales.xlsx", "2024", "17", "单据日期", "2018-02-29", "not a valid date");
            assertThat(texts(sheet.getRow(2)))
                    .containsExactly("sales.xlsx", "2024", "23", "金额", "abc", "amount is not a number");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void chineseBundleGivesChineseHeadersAndReasons() throws IOException {
        Path file = folder.resolve("未导入.xlsx");
        new RejectedLinesWorkbook(bundle(Locale.SIMPLIFIED_CHINESE)).write(PROBLEMS.subList(0, 1), file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("文件", "工作表", "行号", "列", "值", "原因");
            assertThat(texts(sheet.getRow(1)).getLast()).isNotBlank().isNotEqualTo("not a valid date");
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.customerlens.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return texts;
    }
}
