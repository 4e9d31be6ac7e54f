package io.customerlens.report.pdf;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many customer cards in one PDF, each laid out as {@link CardPdf} lays one out and each starting on a page of
 * its own, so the stack can be printed and handed out. The cards are made one at a time while the book is
 * drawn (a list of 500 customers never holds 500 cards), with progress per card and a cancel check between.
 */
public final class CardBookPdf {

    /** Makes one customer's card when the book reaches it. */
    @FunctionalInterface
    public interface CardSource {
        CustomerCard card(String customerKey);
    }

    private final MessageBundle messages;
    private final CjkFontFinder fonts;

    public CardBookPdf(MessageBundle messages) {
        this(messages, new CjkFontFinder());
    }

    public CardBookPdf(MessageBundle messages, CjkFontFinder fonts) {
        this.messages = messages;
        this.fonts = fonts;
    }

    /**
     * @throws java.util.concurrent.CancellationException when {@code cancel} is set between two cards
     * @throws NoCjkFontException                         when no usable font is found
     */
    public byte[] toBytes(List<String> customerKeys, CardSource cards, ProgressListener progress,
                          CancelSignal cancel) throws IOException {
        try (CjkFont font = fonts.open(); PdfSheet sheet = new PdfSheet(font)) {
            // Each page's footer names the customer whose card is on it.
            List<String> footers = new ArrayList<>();
            for (int i = 0; i < customerKeys.size(); i++) {
                cancel.throwIfCancelled();
                CustomerCard card = cards.card(customerKeys.get(i));
                if (i > 0) {
                    sheet.newPage();
                }
                new CardLayout(sheet, messages, card).draw();
                String footer = CardPdf.footer(messages, card);
                while (footers.size() < sheet.pageCount()) {
                    footers.add(footer);
                }
                progress.progress(i + 1, customerKeys.size());
            }
            sheet.footers(page -> footers.isEmpty() ? "" : footers.get(page - 1),
                    (page, total) -> messages.format("pdf.page", page, total));
            return sheet.toBytes();
        }
    }
}
