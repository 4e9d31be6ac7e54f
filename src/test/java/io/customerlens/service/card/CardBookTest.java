package io.customerlens.service.card;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.CjkFontFinder;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lists' "print the cards": one PDF, a card per customer, over {@link CardFixture}. */
class CardBookTest {

    @TempDir
    java.nio.file.Path folder;
    private CardFixture fixture;
    private CardBook book;

    @BeforeEach
    void open() throws IOException {
        fixture = new CardFixture(folder);
        book = new CardBook(fixture.cards(CustomerTasks.NONE), CjkFontFinder.bundledOnly());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /**
     * A card in the book is the card printed alone: the book has as many pages as the three cards printed one by
     * one, and each card starts on a page of its own, in the list's order (KH300 named twice gets one card).
     */
    @Test
    void eachCustomerGetsTheirCardStartingOnAPageOfItsOwnInTheListsOrder() throws IOException {
        List<String> customers = List.of("KH300", "KH200", "KH100");
        List<long[]> progress = new ArrayList<>();

        byte[] pdf = book.pdf(List.of("KH300", "KH200", "KH100", "KH300"), Optional.empty(), SegmentOptions.defaults(),
                MessageBundle.forLocale(Locale.ENGLISH), (done, total) -> progress.add(new long[] {done, total}),
                CancelSignal.NEVER);

        int firstPage = 1;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (String customer : customers) {
                int pages = pagesAlone(customer);
                for (int page = firstPage; page < firstPage + pages; page++) {
                    assertThat(pageText(document, page)).as("page %d", page).contains(" · " + customer + " · ");
                }
                assertThat(pageText(document, firstPage)).contains("Customer card");
                firstPage += pages;
            }
            assertThat(document.getNumberOfPages()).isEqualTo(firstPage - 1);
            assertThat(pageText(document, 1)).contains("Page 1 of " + (firstPage - 1));
        }
        assertThat(progress).extracting(step -> step[0] + "/" + step[1]).containsExactly("1/3", "2/3", "3/3");
    }

    private int pagesAlone(String customer) throws IOException {
        byte[] alone = new io.customerlens.report.pdf.CardPdf(MessageBundle.forLocale(Locale.ENGLISH),
                CjkFontFinder.bundledOnly()).toBytes(fixture.cards(CustomerTasks.NONE).card(customer, Optional.empty(),
                SegmentOptions.defaults()));
        try (PDDocument document = Loader.loadPDF(alone)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void cancellingStopsBetweenTwoCards() {
        AtomicInteger made = new AtomicInteger();
        CancelSignal afterTheFirst = () -> made.get() >= 1;

        assertThatThrownBy(() -> book.pdf(List.of("KH200", "KH201", "KH202"), Optional.empty(),
                SegmentOptions.defaults(), MessageBundle.forLocale(Locale.ENGLISH),
                (done, total) -> made.set((int) done), afterTheFirst))
                .isInstanceOf(CancellationException.class);
        assertThat(made.get()).isEqualTo(1);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
