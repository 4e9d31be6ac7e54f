package io.customerlens.report.pdf;

import io.customerlens.analysis.card.CardFigures;
import io.customerlens.analysis.card.YearToDate;
import io.customerlens.i18n.MessageBundle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The card's figures as label and value texts in the user's language, in the order the card prints
 * them (the window can show them the same way).
 */
public final class CardFigureTexts {

    /** One figure: its label and its value, both ready to show. */
    public record Item(String label, String value) {
    }

    private final MessageBundle messages;
    private final PdfFormats formats;

    public CardFigureTexts(MessageBundle messages) {
        this(messages, new PdfFormats(messages.locale()));
    }

    CardFigureTexts(MessageBundle messages, PdfFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public List<Item> items(CardFigures figures) {
        YearToDate ytd = figures.yearToDate();
        return List.of(
                item("card.figure.firstPurchase", PdfFormats.date(figures.firstPurchase())),
                item("card.figure.lastPurchase", PdfFormats.date(figures.lastPurchase())),
                item("card.figure.daysSince", messages.format("card.value.days", figures.daysSinceLast())),
                item("card.figure.idleMonths", String.valueOf(figures.idleMonths())),
                item("card.figure.orders", formats.whole(figures.orders())),
                item("card.figure.netAmount", formats.money(figures.netAmount())),
                item("card.figure.averageOrder", formats.money(figures.averageOrder())),
                item("card.figure.interval", interval(figures)),
                item("card.figure.nextDue", nextDue(figures)),
                item("card.figure.risk", messages.get("lapse.risk." + figures.risk().name().toLowerCase(Locale.ROOT))),
                item("card.figure.returns", messages.format("card.value.returns", figures.returnLines(),
                        formats.money(figures.returnAmount()))),
                item("card.figure.margin", figures.margin() == null ? messages.get("card.value.unknown")
                        : formats.money(figures.margin())),
                item("card.figure.thisYear", period(ytd.thisYear(), ytd.thisFrom(), ytd.thisTo())),
                item("card.figure.lastYear", period(ytd.lastYear(), ytd.lastFrom(), ytd.lastTo())),
                item("card.figure.change", ytd.change().map(formats::signedPercent)
                        .orElseGet(() -> messages.get("card.value.notComparable"))));
    }

    private String interval(CardFigures figures) {
        if (figures.typicalIntervalDays() == null) {
            return messages.get("card.value.unknown");
        }
        long days = Math.round(figures.typicalIntervalDays());
        return messages.format(figures.intervalBorrowed() ? "card.value.daysBorrowed" : "card.value.days", days);
    }

    private String nextDue(CardFigures figures) {
        if (figures.nextDue() == null) {
            return messages.get("card.value.unknown");
        }
        String due = PdfFormats.date(figures.nextDue());
        return figures.overdueDays() != null && figures.overdueDays() > 0
                ? messages.format("card.value.overdue", due, figures.overdueDays()) : due;
    }

    private String period(BigDecimal amount, java.time.LocalDate from, java.time.LocalDate to) {
        return messages.format("card.value.period", formats.money(amount), PdfFormats.date(from), PdfFormats.date(to));
    }

    private Item item(String key, String value) {
        return new Item(messages.get(key), value);
    }
}
