package io.customerlens.ui.bulk;

import io.customerlens.domain.FollowUpTask;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk actions in the real window over demo data: rows picked with the mouse on Customers, the whole list
 * on Lapse, then tasks (one open task per customer: the second run skips the first run's customers) and the copy
 * for Excel.
 */
class BulkActionsUiTest extends UiTestBase {

    @Test
    void tasksForPickedCustomersThenForTheWholeLapseListSkippingThoseWhoHaveOne() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-customers");
        waitLong(() -> isShowing("#customers-view") && table("#customers-table").getItems().size() > 5
                && lookup("#customers-segments-pending").queryLabeled().getText().isEmpty());

        clickOn(row("#customers-table", 0));
        press(KeyCode.CONTROL).clickOn(row("#customers-table", 2)).clickOn(row("#customers-table", 3))
                .release(KeyCode.CONTROL);
        List<String> picked = onFxThreadValue(() -> customerKeys(table("#customers-table")));
        assertThat(picked).hasSize(3);
        assertThat(lookup("#customers-view #bulk-actions").queryLabeled().getText())
                .isEqualTo("Bulk actions (3 selected)");

        clickOn("#customers-view #bulk-actions");
        clickOn("#bulk-tasks");
        waitUntil(() -> lookup("#bulk-task-dialog").tryQuery().isPresent());
        clickOn("Create tasks");
        waitUntil(() -> context.followUpService().tasks().size() == 3);
        assertThat(context.followUpService().tasks()).extracting(FollowUpTask::customerKey)
                .containsExactlyInAnyOrderElementsOf(picked);
        waitUntil(() -> said("#customers-view").equals("Created 3 follow-up tasks."));

        openPage("#nav-lapse");
        waitLong(() -> isShowing("#lapse-view") && !table("#lapse-table").getItems().isEmpty());
        List<String> lapseList = onFxThreadValue(() -> table("#lapse-table").getItems().stream()
                .map(item -> ((LapseRow) item).key()).toList());
        Set<String> alreadyTasked = new HashSet<>(lapseList);
        alreadyTasked.retainAll(picked);
        clickOn("#lapse-view #bulk-actions");
        clickOn("#bulk-select-all");
        assertThat(onFxThreadValue(() -> table("#lapse-table").getSelectionModel().getSelectedIndices().size()))
                .isEqualTo(lapseList.size());
        clickOn("#lapse-view #bulk-actions");
        clickOn("#bulk-tasks");
        waitUntil(() -> lookup("#bulk-task-dialog").tryQuery().isPresent());
        clickOn("Create tasks");

        int expectedCreated = lapseList.size() - alreadyTasked.size();
        waitUntil(() -> context.followUpService().tasks().size() == 3 + expectedCreated);
        String expected = "Created " + expectedCreated + " follow-up tasks."
                + (alreadyTasked.isEmpty() ? "" : " Skipped " + alreadyTasked.size()
                + " customers who already have an open task.");
        waitUntil(() -> said("#lapse-view").equals(expected));
    }

    @Test
    void theCopyOfPickedRowsIsATabSeparatedTableWithTheHeaders() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-lapse");
        waitLong(() -> isShowing("#lapse-view") && !lookup("#lapse-summary").queryLabeled().getText().isEmpty());
        clickOn("#lapse-show");
        clickOn("All customers");
        waitLong(() -> table("#lapse-table").getItems().size() > 3);

        clickOn(row("#lapse-table", 1));
        press(KeyCode.SHIFT).clickOn(row("#lapse-table", 3)).release(KeyCode.SHIFT);
        // The same actions sit in the table's context menu (the headless robot cannot open one).
        assertThat(onFxThreadValue(() -> table("#lapse-table").getContextMenu().getItems().stream()
                .map(javafx.scene.control.MenuItem::getId).filter(java.util.Objects::nonNull).toList()))
                .containsExactly("bulk-context-select-all", "bulk-context-clear", "bulk-context-tasks",
                        "bulk-context-copy", "bulk-context-excel", "bulk-context-print-cards", "bulk-context-save-cards");
        clickOn("#lapse-view #bulk-actions");
        clickOn("#bulk-copy");

        String copied = onFxThreadValue(() -> Clipboard.getSystemClipboard().getString());
        String[] lines = copied.split("\r\n");
        assertThat(lines).hasSize(4);
        List<String> headers = onFxThreadValue(() -> table("#lapse-table").getVisibleLeafColumns().stream()
                .map(column -> column.getText() == null || column.getText().isBlank()
                        ? ((javafx.scene.control.Labeled) column.getGraphic()).getText() : column.getText())
                .map(String::strip).toList());
        assertThat(lines[0].split("\t", -1)).containsExactlyElementsOf(headers);
        List<String> keys = onFxThreadValue(() -> customerKeys(table("#lapse-table")));
        for (int i = 0; i < 3; i++) {
            assertThat(lines[i + 1].split("\t", -1)).hasSize(headers.size()).contains(keys.get(i));
        }
        assertThat(said("#lapse-view")).isEqualTo("Copied 3 customers; paste them into Excel.");

        clickOn(row("#lapse-table", 0));
        press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(onFxThreadValue(() -> Clipboard.getSystemClipboard().getString()).split("\r\n")).hasSize(2);
        assertThat(said("#lapse-view")).isEqualTo("Copied 1 customers; paste them into Excel.");
    }

    @Test
    void theSelectionSavesAsAWorkbookOfJustThoseRows() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-customers");
        waitLong(() -> isShowing("#customers-view") && table("#customers-table").getItems().size() > 5
                && lookup("#customers-segments-pending").queryLabeled().getText().isEmpty());
        clickOn(row("#customers-table", 1));
        press(KeyCode.CONTROL).clickOn(row("#customers-table", 4)).release(KeyCode.CONTROL);
        List<String> picked = onFxThreadValue(() -> customerKeys(table("#customers-table")));
        java.nio.file.Path file = dataFolder.resolve("picked.xlsx");
        filePicker.savesTo(file);

        clickOn("#customers-view #bulk-actions");
        clickOn("#bulk-excel");

        waitUntil(() -> java.nio.file.Files.exists(file) && file.toFile().length() > 0);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
             org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("header and two rows").isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Key");
            assertThat(List.of(sheet.getRow(1).getCell(1).getStringCellValue(),
                    sheet.getRow(2).getCell(1).getStringCellValue())).isEqualTo(picked);
        }
    }

    @Test
    void theCardsOfThePickedCustomersAreSavedAsOnePdfACardEach() throws IOException, TimeoutException {
        importDemoData(3000, 11);
        openPage("#nav-customers");
        waitLong(() -> isShowing("#customers-view") && table("#customers-table").getItems().size() > 5
                && lookup("#customers-segments-pending").queryLabeled().getText().isEmpty());
        clickOn(row("#customers-table", 0));
        press(KeyCode.CONTROL).clickOn(row("#customers-table", 2)).clickOn(row("#customers-table", 4))
                .release(KeyCode.CONTROL);
        List<String> picked = onFxThreadValue(() -> customerKeys(table("#customers-table")));
        assertThat(picked).hasSize(3);
        java.nio.file.Path file = dataFolder.resolve("cards.pdf");
        filePicker.savesTo(file);

        clickOn("#customers-view #bulk-actions");
        clickOn("#bulk-save-cards");

        waitLong(() -> said("#customers-view").equals("Saved the cards of 3 customers to " + file));
        // One card per customer, in the list's order: the keys the pages name, each once, are the picked ones.
        List<String> cardsInOrder = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(document);
                List<String> named = picked.stream().filter(key -> onPage.contains(" · " + key + " · ")).toList();
                assertThat(named).as("page %d belongs to one card", page).hasSizeLessThanOrEqualTo(1);
                if (!named.isEmpty() && (cardsInOrder.isEmpty() || !cardsInOrder.getLast().equals(named.getFirst()))) {
                    cardsInOrder.add(named.getFirst());
                }
            }
        }
        assertThat(cardsInOrder).isEqualTo(picked);
    }

    /** The first analysis of a fresh store (the ranking's backtests) takes a while on a busy two-core machine. */
    private void waitLong(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> onFxThread(condition));
    }

    private String said(String page) {
        return lookup(page + " #bulk-message").queryLabeled().getText();
    }

    private TableView<?> table(String id) {
        return lookup(id).queryTableView();
    }

    /** The row's cell once the table has laid it out (on a loaded machine that follows the items by a moment). */
    private TableRow<?> row(String tableId, int index) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> onFxThreadValue(() -> renderedRow(tableId, index).isPresent()));
        } catch (TimeoutException e) {
            throw new AssertionError("row " + index + " of " + tableId + " was never laid out", e);
        }
        return onFxThreadValue(() -> renderedRow(tableId, index).orElseThrow());
    }

    private java.util.Optional<TableRow<?>> renderedRow(String tableId, int index) {
        return lookup(tableId + " .table-row-cell").queryAll().stream().map(node -> (TableRow<?>) node)
                .filter(candidate -> candidate.getIndex() == index && !candidate.isEmpty())
                .<TableRow<?>>map(candidate -> candidate).findFirst();
    }

    /** The picked rows' keys in the table's order. */
    private static List<String> customerKeys(TableView<?> table) {
        return table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(index -> table.getItems().get(index))
                .map(item -> item instanceof CustomerRow customer ? customer.key() : ((LapseRow) item).key())
                .toList();
    }

    private static <T> T onFxThreadValue(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, read);
    }
}
