package io.customerlens.service.card;

import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.CardBookPdf;
import io.customerlens.report.pdf.CjkFontFinder;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The customer cards of a list's selection as one PDF, a card per customer in the list's order: the same card
 * (figures, badges, chart, follow-up history) the card page prints for one customer. Off the FX thread.
 */
public final class CardBook {

    private final CustomerCardService cards;
    private final CjkFontFinder fonts;

    public CardBook(CustomerCardService cards) {
        this(cards, new CjkFontFinder());
    }

    /** @param fonts where the PDF's CJK font is found (tests use the bundled one only) */
    public CardBook(CustomerCardService cards, CjkFontFinder fonts) {
        this.cards = cards;
        this.fonts = fonts;
    }

    /**
     * @param customerKeys a key named twice gets one card
     * @param asOf         empty = the latest date of any stored line, as on every page
     * @param options      the segment choices (and window N) the pages use
     * @throws UnknownCustomerException when a customer has no card at that date
     */
    public byte[] pdf(List<String> customerKeys, Optional<LocalDate> asOf, SegmentOptions options,
                      MessageBundle messages, ProgressListener progress, CancelSignal cancel) throws IOException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(customerKeys));
        return new CardBookPdf(messages, fonts).toBytes(distinct, key -> cards.card(key, asOf, options), progress, cancel);
    }
}
