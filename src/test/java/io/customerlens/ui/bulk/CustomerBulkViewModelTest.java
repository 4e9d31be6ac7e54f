package io.customerlens.ui.bulk;

import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.report.pdf.CjkFontFinder;
import io.customerlens.service.card.CardBook;
import io.customerlens.service.followups.BulkTaskRequest;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TableSnapshot;
import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.ui.followups.FollowUpStoreFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk actions without a screen, over the follow-up fixture (today 2024-07-01, F001 … F005). */
class CustomerBulkViewModelTest {

    private static final LocalDate DUE = LocalDate.of(2024, 7, 5);

    @TempDir
    Path folder;
    private FollowUpStoreFixture store;
    private final StoreChanges followUpChanges = new StoreChanges();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private CustomerBulkViewModel viewModel;

    @BeforeEach
    void open() throws IOException {
        store = new FollowUpStoreFixture(folder.resolve("store"));
        viewModel = new CustomerBulkViewModel(store.followUps, new CardBook(store.cards, CjkFontFinder.bundledOnly()),
                TestAnalysis.choices(), new SynchronousTaskRunner(messages), messages, followUpChanges);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void tasksForThePickedCustomersSaySoAndTellTheFollowUpsPage() {
        store.followUps.createManual(new ManualTask("F002", FollowUpChannel.PHONE, DUE, FollowUpTask.NORMAL, null));
        long before = followUpChanges.revisionProperty().get();

        viewModel.createTasks(new BulkTaskRequest(List.of("F001", "F002", "F003"), FollowUpReason.LAPSED,
                FollowUpChannel.PHONE, DUE, FollowUpTask.HIGH, null));

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Created 2 follow-up tasks. Skipped 1 customers who already have an open task.");
        assertThat(store.followUps.tasks()).extracting(FollowUpTask::customerKey).containsExactly("F002", "F001", "F003");
        assertThat(followUpChanges.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void whenEveryoneHasATaskNothingIsCreatedAndNoPageReloads() {
        store.followUps.createManual(new ManualTask("F004", FollowUpChannel.PHONE, DUE, FollowUpTask.NORMAL, null));
        long before = followUpChanges.revisionProperty().get();

        viewModel.createTasks(new BulkTaskRequest(List.of("F004"), FollowUpReason.MANUAL, FollowUpChannel.VISIT, DUE,
                FollowUpTask.NORMAL, null));

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Created 0 follow-up tasks. Skipped 1 customers who already have an open task.");
        assertThat(followUpChanges.revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void theClipboardGetsAHeaderAndOneTabSeparatedLinePerCustomer() {
        TableSnapshot rows = new TableSnapshot(List.of("Customer", "Net amount", "Orders"), List.of(
                Arrays.asList("甲商行", new BigDecimal("14000.00"), 14),
                Collections.unmodifiableList(Arrays.asList("F004", new BigDecimal("300.00"), null))));

        String text = viewModel.clipboardText(rows);

        assertThat(text).isEqualTo("Customer\tNet amount\tOrders\r\n甲商行\t14,000.00\t14\r\nF004\t300.00\t\r\n");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Copied 2 customers; paste them into Excel.");
    }

    @Test
    void theCardsOfThePickedCustomersAreSavedAsOnePdf() throws IOException {
        Path file = folder.resolve("cards.pdf");

        viewModel.saveCards(List.of("F001", "F004"), file);

        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved the cards of 2 customers to " + file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper firstPage = new org.apache.pdfbox.text.PDFTextStripper();
            firstPage.setEndPage(1);
            org.apache.pdfbox.text.PDFTextStripper lastPage = new org.apache.pdfbox.text.PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            assertThat(firstPage.getText(document)).contains(" · F001 · ");
            assertThat(lastPage.getText(document)).contains(" · F004 · ");
        }
    }

    @Test
    void printingMoreCardsThanThePreviewHoldsAsksToSaveThemInstead() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= CustomerBulkViewModel.PRINT_LIMIT; i++) {
            many.add("F00" + (i % 5 + 1));
        }
        List<byte[]> shown = new ArrayList<>();

        viewModel.printCards(many, shown::add);

        assertThat(shown).isEmpty();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Print at most 20 cards at once; for more, save them as one PDF and print that.");
    }

    @Test
    void printingAFewCardsHandsTheirPdfToThePreview() throws IOException {
        List<byte[]> shown = new ArrayList<>();

        viewModel.printCards(List.of("F003"), shown::add);

        assertThat(shown).hasSize(1);
        try (PDDocument document = Loader.loadPDF(shown.getFirst())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }
}
