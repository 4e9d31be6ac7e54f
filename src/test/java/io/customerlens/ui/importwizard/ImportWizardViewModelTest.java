package io.customerlens.ui.importwizard;

import io.customerlens.domain.ImportBatch;
import io.customerlens.service.LikelyReimportException;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.source.RawRow;
import io.customerlens.importer.source.UnreadableFileException;
import io.customerlens.ui.FakeImportService;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWizardViewModelTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private final FakeImportService service = new FakeImportService();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<Page> shownPages = new ArrayList<>();
    private final List<Path> savedFiles = new ArrayList<>();
    private final List<List<ImportProblem>> savedProblems = new ArrayList<>();
    private final ImportWizardViewModel wizard = new ImportWizardViewModel(service, (rejected, file) -> {
        savedProblems.add(rejected);
        savedFiles.add(file);
    }, runner, messages, storeChanges, shownPages::add);

    @Test
    void choosingAFileShowsItsSheetsWithTheSalesSheetsChecked() {
        chooseWorkbook();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(mapping().sheets()).extracting(SheetChoice::name).containsExactly("2023", "2024", "说明");
        assertThat(mapping().sheets()).extracting(sheet -> sheet.selectedProperty().get())
                .containsExactly(true, true, false);
        assertThat(mapping().fileDescriptionProperty().get()).isEqualTo("sales-2023-2024.xlsx – Excel workbook");
        assertThat(mapping().isTextFile()).isFalse();
        assertThat(mapping().problems()).isEmpty();
    }

    @Test
    void previewShowsTheSuggestedFieldOfEachColumnAndMarksGuesses() {
        chooseWorkbook();

        assertThat(mapping().previewRows()).hasSize(2);
        assertThat(fieldOf(0)).isEqualTo(Field.DATE);
        assertThat(fieldOf(1)).isEqualTo(Field.CUSTOMER_NAME);
        assertThat(fieldOf(3)).isNull();
        assertThat(column(0).isLowConfidence()).isFalse();
        assertThat(column(1).isLowConfidence()).isTrue();
        assertThat(column(3).isLowConfidence()).isFalse();
    }

    @Test
    void choosingAFieldForAColumnTakesItFromTheColumnThatHadIt() {
        chooseWorkbook();

        column(3).fieldProperty().set(new FieldChoice(Field.CUSTOMER_NAME));

        assertThat(fieldOf(3)).isEqualTo(Field.CUSTOMER_NAME);
        assertThat(fieldOf(1)).isNull();
        assertThat(column(3).confidenceProperty().get()).isEqualTo(1.0);
        assertThat(mapping().mapping().column(Field.CUSTOMER_NAME).orElseThrow().header()).isEqualTo("备注");
    }

    @Test
    void missingRequiredFieldsAreProblemsThatBlockTheImport() {
        chooseWorkbook();

        column(0).fieldProperty().set(FieldChoice.NOT_IMPORTED);
        column(2).fieldProperty().set(FieldChoice.NOT_IMPORTED);
        column(1).fieldProperty().set(FieldChoice.NOT_IMPORTED);

        assertThat(mapping().problems()).containsExactly(
                "No column is the date. Choose \"Date\" above the column that holds each line’s date.",
                "No amount. Choose \"Amount\" for a column, or both \"Quantity\" and \"Unit price\".",
                "No customer. Choose \"Customer ID\" or \"Customer name\" for a column.");
        assertThat(mapping().readyProperty().get()).isFalse();

        wizard.startImport();
        assertThat(service.importedPlans()).isEmpty();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
    }

    @Test
    void quantityAndUnitPriceStandInForTheAmount() {
        chooseWorkbook();

        column(2).fieldProperty().set(FieldChoice.NOT_IMPORTED);
        column(4).fieldProperty().set(new FieldChoice(Field.QUANTITY));
        assertThat(mapping().readyProperty().get()).isFalse();

        column(5).fieldProperty().set(new FieldChoice(Field.UNIT_PRICE));
        assertThat(mapping().problems()).isEmpty();
    }

    @Test
    void sheetsWithOtherHeadersCannotBeImportedTogether() {
        chooseWorkbook();

        mapping().sheets().get(2).selectedProperty().set(true);

        assertThat(mapping().problems()).containsExactly(
                "The chosen sheets have different headers. Import them one at a time.");
    }

    @Test
    void noSheetChosenIsAProblem() {
        chooseWorkbook();

        mapping().sheets().forEach(sheet -> sheet.selectedProperty().set(false));

        assertThat(mapping().problems()).contains("Choose at least one sheet.");
    }

    @Test
    void theFirstChosenSheetIsPreviewedAndKeepsTheMappingWhenHeadersMatch() {
        chooseWorkbook();
        column(3).fieldProperty().set(new FieldChoice(Field.ORDER_ID));

        mapping().sheets().getFirst().selectedProperty().set(false);

        assertThat(mapping().previewRows().getFirst().cell(0).text()).isEqualTo("2024-05-01");
        assertThat(fieldOf(3)).isEqualTo(Field.ORDER_ID);
    }

    @Test
    void excelDateCellsShowAsDatesInThePreview() {
        chooseWorkbook();
        RawRow row = new RawRow(5, List.of(new Cell(CellKind.DATE, "45047.75"), Cell.text("45047")));

        assertThat(mapping().previewText(row, 0)).isEqualTo("2023-05-01");
        assertThat(mapping().previewText(row, 1)).isEqualTo("45047");
    }

    @Test
    void dateOrderSaysWhetherTheFileDecidedItOrTheUser() {
        chooseWorkbook();
        assertThat(mapping().dateOrderSourceProperty().get()).isEqualTo("(decided from the dates in the file)");

        mapping().dateOrderProperty().set(DateOrder.DMY);

        assertThat(mapping().dateOrderSourceProperty().get()).isEqualTo("(chosen by you)");
    }

    @Test
    void whenTheDatesFitBothOrdersTheSummarySaysWhichWasUsedAndHowToChooseTheOther() {
        service.inspectionIs(InspectionFixtures.ambiguousDatesCsv());
        wizard.chooseFile(Path.of("/data/sales.csv"));
        assertThat(mapping().dateOrderSourceProperty().get()).isEqualTo("(assumed: the dates fit more than one order)");
        service.importDoes((plan, progress, cancel) -> InspectionFixtures.summaryWithOneRejectedLine());

        wizard.startImport();

        assertThat(service.importedPlans().getFirst().dateOrderAmbiguous()).isTrue();
        assertThat(wizard.summary().dateOrderNoteProperty().get()).isEqualTo("Date order: every text date such as"
                + " 03/01/19 reads both day-first and month-first; they were read as month/day/year. If they are"
                + " day/month/year, choose day/month/year under \"Text dates such as 03/01/19 are\" and import the file"
                + " into a new data folder: lines already stored count as duplicates and keep their dates.");
    }

    @Test
    void unreadableFileIsNamedInAClearMessageAndTheWizardStays() {
        service.inspectionFails(new UnreadableFileException(Path.of("/data/broken.xlsx"), "not a spreadsheet", null));

        wizard.chooseFile(Path.of("/data/broken.xlsx"));

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.CHOOSE_FILE);
        assertThat(wizard.noticeProperty().get())
                .isEqualTo("Cannot read broken.xlsx: it cannot be read. Nothing was imported.");
        assertThat(service.importedPlans()).isEmpty();
    }

    @Test
    void importUsesTheConfirmedPlanThenShowsTheSummaryAndTellsTheViews() {
        chooseWorkbook();
        column(3).fieldProperty().set(new FieldChoice(Field.ORDER_ID));
        mapping().dateOrderProperty().set(DateOrder.DMY);
        service.importDoes((plan, progress, cancel) -> {
            progress.progress(120, -1);
            assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.IMPORTING);
            assertThat(wizard.progressTextProperty().get()).isEqualTo("120 rows read");
            return InspectionFixtures.summaryWithOneRejectedLine();
        });

        wizard.startImport();

        ImportPlan plan = service.importedPlans().getFirst();
        assertThat(plan.sheets()).extracting(SheetLayout::sheetName).containsExactly("2023", "2024");
        assertThat(plan.mapping().column(Field.ORDER_ID).orElseThrow().header()).isEqualTo("备注");
        assertThat(plan.dateOrder()).isEqualTo(DateOrder.DMY);
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SUMMARY);
        assertThat(storeChanges.revisionProperty().get()).isEqualTo(1);
        ImportSummaryViewModel summary = wizard.summary();
        assertThat(summary.headlineProperty().get()).isEqualTo("sales-2023-2024.xlsx: 100 lines imported");
        assertThat(summary.dateOrderNoteProperty().get()).as("the dates decided the order").isEmpty();
        assertThat(summary.lines()).contains(
                new SummaryLine("Rows read", "120"),
                new SummaryLine("Lines imported", "100"),
                new SummaryLine("Duplicates within the file (skipped)", "8"),
                new SummaryLine("Already stored by an earlier import (skipped)", "2"),
                new SummaryLine("Skipped: totals rows (合计, 总计, 小计, Total)", "2"),
                new SummaryLine("Skipped: blank rows", "7"),
                new SummaryLine("Rejected lines", "1"),
                new SummaryLine("Imported lines without a customer", "3"),
                new SummaryLine("Dates", "2023-01-03 to 2024-12-30"));
        assertThat(summary.rejected()).hasSize(1);
        assertThat(summary.reasonText(summary.rejected().getFirst())).isEqualTo("not a valid date");
    }

    @Test
    void cancelledImportLeavesTheStoreAloneAndReturnsToTheMapping() {
        chooseWorkbook();
        service.importDoes((plan, progress, cancel) -> {
            runner.status().cancel(); // the status bar's Cancel button
            cancel.throwIfCancelled();
            throw new AssertionError("the import should have stopped");
        });

        wizard.startImport();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(wizard.noticeProperty().get())
                .isEqualTo("The import of sales-2023-2024.xlsx was cancelled; nothing was stored.");
        assertThat(storeChanges.revisionProperty().get()).isZero();
    }

    @Test
    void cancelOnTheImportStepStopsTheImport() {
        chooseWorkbook();
        service.importDoes((plan, progress, cancel) -> {
            wizard.cancelImport();
            cancel.throwIfCancelled();
            throw new AssertionError("the import should have stopped");
        });

        wizard.startImport();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
    }

    @Test
    void failedImportSaysWhyAndReturnsToTheMapping() {
        chooseWorkbook();
        service.importDoes((plan, progress, cancel) -> {
            throw new IOException("sales-2023-2024.xlsx: the file changed while it was read");
        });

        wizard.startImport();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(wizard.noticeProperty().get()).isEqualTo("The import of sales-2023-2024.xlsx failed: "
                + "Something went wrong inside CustomerLens; please report it. No log file could be written, so the details are not kept. Nothing was stored.");
        assertThat(storeChanges.revisionProperty().get()).isZero();
    }

    @Test
    void aLikelyReimportIsExplainedAndCanBeImportedAnyway() {
        chooseWorkbook();
        ImportBatch earlier = new ImportBatch(3, "sales.xls", 10, "0".repeat(64), "s",
                java.time.LocalDateTime.of(2026, 12, 1, 9, 30).atZone(java.time.ZoneId.systemDefault()).toInstant(),
                100, 100, 0, 0, 0, null, null);
        service.importDoes((plan, progress, cancel) -> {
            throw new LikelyReimportException("sales-2023-2024.xlsx", earlier, 98, 100);
        });

        wizard.startImport();

        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.MAPPING);
        assertThat(wizard.noticeProperty().get()).startsWith("98 of the 100 new lines in sales-2023-2024.xlsx have"
                + " the customer, date and amount of lines imported from sales.xls on 2026-12-01 09:30");
        assertThat(wizard.likelyReimportProperty().get()).isTrue();
        assertThat(storeChanges.revisionProperty().get()).isZero();

        service.importDoes((plan, progress, cancel) -> InspectionFixtures.summaryWithOneRejectedLine());
        wizard.importAnyway();

        assertThat(service.acceptedOverlaps()).containsExactly(false, true);
        assertThat(wizard.likelyReimportProperty().get()).isFalse();
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.SUMMARY);
    }

    @Test
    void rejectedLinesCanBeSaved() {
        chooseWorkbook();
        service.importDoes((plan, progress, cancel) -> InspectionFixtures.summaryWithOneRejectedLine());
        wizard.startImport();

        wizard.summary().saveRejected(Path.of("/tmp/rejected.xlsx"));

        assertThat(savedFiles).containsExactly(Path.of("/tmp/rejected.xlsx"));
        assertThat(savedProblems.getFirst()).hasSize(1);
        assertThat(wizard.summary().saveNoticeProperty().get()).isEqualTo("Saved to /tmp/rejected.xlsx");
    }

    @Test
    void textFilesShowTheirEncodingAndCanBeReadAgainWithAnother() {
        service.inspectionIs(InspectionFixtures.csvFile());
        wizard.chooseFile(Path.of("/data/sales.csv"));
        assertThat(mapping().fileDescriptionProperty().get())
                .isEqualTo("sales.csv – text file with columns, encoding UTF-8");
        assertThat(mapping().isTextFile()).isTrue();

        wizard.rereadWithEncoding(Charset.forName("GB18030"));

        assertThat(service.inspectOptions()).hasSize(2);
        assertThat(service.inspectOptions().getLast().encoding()).contains(Charset.forName("GB18030"));
    }

    @Test
    void afterTheSummaryTheUserCanSeeTheCustomersOrStartOver() {
        chooseWorkbook();
        service.importDoes((plan, progress, cancel) -> InspectionFixtures.summaryWithOneRejectedLine());
        wizard.startImport();

        wizard.showCustomers();
        wizard.startOver();

        assertThat(shownPages).containsExactly(Page.CUSTOMERS);
        assertThat(wizard.stepProperty().get()).isEqualTo(WizardStep.CHOOSE_FILE);
    }

    private void chooseWorkbook() {
        service.inspectionIs(InspectionFixtures.yearlyWorkbook());
        wizard.chooseFile(Path.of("/data/sales-2023-2024.xlsx"));
    }

    private MappingViewModel mapping() {
        return wizard.mapping();
    }

    private ColumnChoice column(int index) {
        return mapping().columns().get(index);
    }

    private Field fieldOf(int index) {
        return column(index).fieldProperty().get().field();
    }
}
