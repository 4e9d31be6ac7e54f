package io.customerlens.ui.importwizard;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.domain.SkipReason;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.SheetInspection;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.SourceFormat;
import io.customerlens.service.ImportSummary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inspections as the importer returns them: a workbook with two yearly sales sheets and a notes sheet. */
public final class InspectionFixtures {

    static final List<String> SALES_HEADERS = List.of("单据日期", "客户", "金额", "备注", "数量", "单价");

    private InspectionFixtures() {
    }

    public static FileInspection yearlyWorkbook() {
        SheetInspection year2023 = salesSheet("2023", 3, "2023-05-01");
        SheetInspection year2024 = salesSheet("2024", 3, "2024-05-01");
        SheetLayout notesLayout = new SheetLayout("说明", 1, List.of("说明"));
        SheetInspection notes = new SheetInspection(notesLayout, List.of(row(2, "本表由 ERP 导出")),
                ColumnMapping.empty(), DateOrder.YMD, false, 0);
        return new FileInspection(Path.of("/data/sales-2023-2024.xlsx"), SourceFormat.XLSX, Optional.empty(), false,
                List.of(year2023, year2024, notes), List.of("2023", "2024"));
    }

    static FileInspection csvFile() {
        SheetInspection sheet = salesSheet("sales", 1, "2024-05-01");
        return new FileInspection(Path.of("/data/sales.csv"), SourceFormat.DELIMITED_TEXT,
                Optional.of(StandardCharsets.UTF_8), false, List.of(sheet), List.of("sales"));
    }

    /** A CSV whose dates (03/01/19, 04/02/19) read day-first and month-first alike: month-first is assumed. */
    static FileInspection ambiguousDatesCsv() {
        SheetInspection decided = salesSheet("sales", 1, "03/01/19");
        SheetInspection sheet = new SheetInspection(decided.layout(), decided.previewRows(), decided.suggestedMapping(),
                DateOrder.MDY, false, 0.9);
        return new FileInspection(Path.of("/data/sales.csv"), SourceFormat.DELIMITED_TEXT,
                Optional.of(StandardCharsets.UTF_8), false, List.of(sheet), List.of("sales"));
    }

    private static SheetInspection salesSheet(String name, int headerRow, String firstDate) {
        SheetLayout layout = new SheetLayout(name, headerRow, SALES_HEADERS);
        ColumnMapping suggested = ColumnMapping.empty()
                .with(Field.DATE, new MappedColumn(0, "单据日期", 0.95))
                .with(Field.CUSTOMER_NAME, new MappedColumn(1, "客户", 0.5))
                .with(Field.AMOUNT, new MappedColumn(2, "金额", 0.9));
        List<RawRow> preview = List.of(
                row(headerRow + 1, firstDate, "华联超市", "1200.00", "", "10", "120"),
                row(headerRow + 2, firstDate, "永辉便利店", "300.00", "赠品", "3", "100"));
        return new SheetInspection(layout, preview, suggested, DateOrder.YMD, true, 0.9);
    }

    private static RawRow row(int number, String... texts) {
        return new RawRow(number, java.util.Arrays.stream(texts).map(Cell::text).toList());
    }

    public static ImportSummary summaryWithOneRejectedLine() {
        ImportProblem badDate = new ImportProblem("sales-2023-2024.xlsx", "2024", 17, "单据日期", "2024-02-30",
                ProblemReason.INVALID_DATE);
        return new ImportSummary(7, "sales-2023-2024.xlsx", List.of("2023", "2024"), 120, 100, 8, 2,
                Map.of(SkipReason.TOTALS, 2L, SkipReason.BLANK, 7L), List.of(badDate), 3,
                LocalDate.of(2023, 1, 3), LocalDate.of(2024, 12, 30));
    }
}
