package io.customerlens.report.pdf;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The customer card (客户管理卡) on A4, readable in black and white: header with badges, figures, the
 * 24-month chart, top products, what the customer stopped buying, gap history, follow-up history and a
 * notes box for the visit; the as-of date and "page X of Y" on every page.
 */
public final class CardPdf extends PdfRenderer<CustomerCard> {

    public CardPdf(MessageBundle messages) {
        this(messages, new CjkFontFinder());
    }

    public CardPdf(MessageBundle messages, CjkFontFinder fonts) {
        super(messages, fonts);
    }

    public static void write(CustomerCard card, Locale locale, Path file) throws IOException {
        new CardPdf(MessageBundle.forLocale(locale)).write(card, file);
    }

    @Override
    void draw(PdfSheet sheet, CustomerCard card) throws IOException {
        new CardLayout(sheet, messages, card).draw();
    }

    @Override
    String footer(CustomerCard card) {
        return footer(messages, card);
    }

    /** Name, key and as-of date: the foot of each of the card's pages, alone or in a {@link CardBookPdf}. */
    static String footer(MessageBundle messages, CustomerCard card) {
        return card.displayName() + " · " + card.customerKey() + " · " + messages.format("pdf.asOf", card.asOf().toString());
    }
}
