package io.customerlens.ui.card;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.service.CustomerRow;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer card on the real window over fixtures/ui/card-sales.csv (hand counts in CardFixture): opened
 * from the Customers list by a double-click, its figures shown; Escape goes back; printing without a
 * printer offers the PDF, which is written where the (scripted) file dialog says.
 */
class CustomerCardUiTest extends UiTestBase {

    @Test
    void aDoubleClickOnACustomerOpensItsCard() throws IOException, TimeoutException {
        openCardOf("K001");

        assertThat(text("#card-title")).isEqualTo("老王杂货店");
        assertThat(text("#card-figure-orders")).isEqualTo("7");
        assertThat(text("#card-figure-netAmount")).isEqualTo("1,750.00");
        assertThat(text("#card-figure-idleMonths")).isEqualTo("4");
        assertThat(lookup("#card-badges").queryParent().getChildrenUnmodifiable()).hasSize(4);

        type(KeyCode.ESCAPE);

        waitUntil(() -> isShowing("#customers-view") && !isShowing("#customer-card-view"));
    }

    /* The list the card was opened from leaves the screen at once; "opening…" stands until the card is built. */
    @Test
    void theListLeavesAtOnceAndTheCardFollows() throws IOException, TimeoutException {
        showCustomers();
        chooseRowOf("K002");

        type(KeyCode.ENTER);

        assertThat(isShowing("#customers-view")).isFalse();
        assertThat(isShowing("#card-opening") || isShowing("#customer-card-view")).isTrue();
        waitUntil(() -> isShowing("#customer-card-view") && "小李便利店".equals(text("#card-title")));
        assertThat(isShowing("#card-opening")).isFalse();
    }

    @Test
    void enterOnASelectedRowOpensTheCardToo() throws IOException, TimeoutException {
        showCustomers();
        chooseRowOf("K002");

        type(KeyCode.ENTER);

        waitUntil(() -> isShowing("#customer-card-view") && "小李便利店".equals(text("#card-title")));
        clickOn("#card-back");
        waitUntil(() -> isShowing("#customers-view"));
    }

    @Test
    void withoutAPrinterThePreviewOffersThePdf() throws IOException, TimeoutException {
        openCardOf("K001");
        Path pdf = dataFolder.resolve("card.pdf");
        filePicker.savesTo(pdf);

        clickOn("#card-print");
        waitUntil(() -> lookup("#print-preview-print").tryQuery().isPresent());
        clickOn("#print-preview-print");
        waitUntil(() -> lookup("#print-preview-notice").tryQuery()
                .map(node -> ((Labeled) node).getText().startsWith("No printer is available")).orElse(false));
        clickOn("#print-preview-save");

        waitUntil(() -> Files.exists(pdf) && text("#card-message").startsWith("Saved"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("老王杂货店", "1,750.00");
        }
    }

    @Test
    void saveAsPdfWritesTheCardStraightAway() throws IOException, TimeoutException {
        openCardOf("K001");
        Path pdf = dataFolder.resolve("straight");
        filePicker.savesTo(pdf);

        clickOn("#card-save-pdf");

        Path written = dataFolder.resolve("straight.pdf");
        waitUntil(() -> Files.exists(written) && text("#card-message").startsWith("Saved"));
        assertThat(Files.readAllBytes(written)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theLapsePagePrintsItsLapsedList() throws IOException, TimeoutException {
        CardFixture.importInto(context.importService());
        openPage("#nav-lapse");
        waitUntil(() -> isShowing("#lapse-view") && !text("#lapse-summary").isEmpty());
        Path pdf = dataFolder.resolve("lapsed.pdf");
        filePicker.savesTo(pdf);

        clickOn("#lapse-print");
        waitUntil(() -> lookup("#print-preview-save").tryQuery().isPresent());
        clickOn("#print-preview-save");

        waitUntil(() -> Files.exists(pdf) && pdf.toFile().length() > 0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // K001 is lapsed (4 idle months at 2024-06-30), K002 bought in the as-of month.
            assertThat(new PDFTextStripper().getText(document)).contains("老王杂货店").doesNotContain("小李便利店");
        }
    }

    @Test
    void theSegmentsPagePrintsItsSummary() throws IOException, TimeoutException {
        CardFixture.importInto(context.importService());
        openPage("#nav-segments");
        waitUntil(() -> isShowing("#segments-view") && !text("#segments-thresholds").isEmpty());

        String text = printToPdf("#segments-print", "segments.pdf");

        assertThat(text).contains("Segment summary", "Important value");
    }

    @Test
    void theFollowUpsPagePrintsTheCallSheetOfTasksDueToday() throws IOException, TimeoutException {
        CardFixture.importInto(context.importService());
        FollowUpService followUps = context.followUpService();
        followUps.createManual(new ManualTask("K001", FollowUpChannel.VISIT, followUps.today(), 1, "带新品目录"));
        openPage("#nav-follow-ups");
        waitUntil(() -> isShowing("#followups-print"));

        String text = printToPdf("#followups-print", "calls.pdf");

        assertThat(text).contains("Call sheet", "老王杂货店", "带新品").doesNotContain("小李便利店");
    }

    /** Prints from a page's button: no printer here, so the preview saves the PDF; returns its text. */
    private String printToPdf(String button, String fileName) throws IOException, TimeoutException {
        Path pdf = dataFolder.resolve(fileName);
        filePicker.savesTo(pdf);
        clickOn(button);
        waitUntil(() -> lookup("#print-preview-save").tryQuery().isPresent());
        clickOn("#print-preview-save");
        waitUntil(() -> Files.exists(pdf) && pdf.toFile().length() > 0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void openCardOf(String key) throws IOException, TimeoutException {
        showCustomers();
        int index = onFx(() -> rowIndexOf(customersTable(), key));
        interact(() -> customersTable().scrollTo(index));
        TableRow<?> row = lookup("#customers-table .table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(candidate -> candidate.getItem() instanceof CustomerRow customer && customer.key().equals(key))
                .findFirst().orElseThrow();
        doubleClickOn(row);
        waitUntil(() -> isShowing("#customer-card-view") && !text("#card-figure-orders").isEmpty());
    }

    /** The keyboard way: the customer's row chosen in the focused table. */
    private void chooseRowOf(String key) {
        interact(() -> {
            TableView<CustomerRow> table = customersTable();
            table.requestFocus();
            table.getSelectionModel().select(rowIndexOf(table, key));
        });
    }

    private void showCustomers() throws IOException, TimeoutException {
        CardFixture.importInto(context.importService());
        openPage("#nav-customers");
        // The list's second step (segments) brings new rows, which may come in another order: choose a row by its
        // number only once it has come.
        waitUntil(() -> isShowing("#customers-view") && customersTable().getItems().size() == 2
                && lookup("#customers-segments-pending").queryLabeled().getText().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private TableView<CustomerRow> customersTable() {
        return (TableView<CustomerRow>) lookup("#customers-table").query();
    }

    private static int rowIndexOf(TableView<CustomerRow> table, String key) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no row " + key);
    }

    private <T> T onFx(java.util.concurrent.Callable<T> work) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000, work);
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(node -> node instanceof Labeled labeled ? labeled.getText() : "")
                .orElse("");
    }
}
