package io.customerlens.report.pdf;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.report.RiskWords;
import io.customerlens.analysis.card.CardFigures;
import io.customerlens.analysis.card.YearToDate;
import io.customerlens.i18n.MessageBundle;

import java.math.BigDecimal;
import java.util.List;

/**
 * The card's figures as label and value texts in the user's language, in the order the card prints
 * them (the window can show them the same way).
 */
public final class CardFigureTexts {

    /**
     * One figure: {@code key} names it for good (orders, netAmount: its bundle key is card.figure.KEY), so a
     * screen can tell the figures apart without reading their labels; label and value are ready to show.
     */
    public record Item(String key, String label, String value) {
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
                item("firstPurchase", PdfFormats.date(figures.firstPurchase())),
                item("lastPurchase", PdfFormats.date(figures.lastPurchase())),
                item("daysSince", messages.format("card.value.days", figures.daysSinceLast())),
                item("idleMonths", String.valueOf(figures.idleMonths())),
                item("orders", formats.whole(figures.orders())),
                item("netAmount", formats.money(figures.netAmount())),
                item("averageOrder", formats.money(figures.averageOrder())),
                item("interval", interval(figures)),
                item("nextDue", nextDue(figures)),
                item("risk", messages.get(figures.risk().messageKey())),
                item("returns", messages.format("card.value.returns", figures.returnLines(),
                        formats.money(figures.returnAmount()))),
                item("margin", figures.margin() == null ? messages.get("card.value.unknown")
                        : formats.money(figures.margin())),
                item("thisYear", period(ytd.thisYear(), ytd.thisFrom(), ytd.thisTo())),
                item("lastYear", period(ytd.lastYear(), ytd.lastFrom(), ytd.lastTo())),
                item("change", ytd.change().map(formats::signedPercent)
                        .orElseGet(() -> messages.get("card.value.notComparable"))));
    }

    /**
     * The chance of no order in the next N months, the value at risk and the value of the next 12 months, in the
     * order the card prints them after the figures; "unknown" where the data is too short to estimate them,
     * "learning…" while they are being learned.
     */
    public List<Item> riskItems(CustomerCard card) {
        if (card.chancePending()) {
            String learning = messages.get("card.value.learning");
            return List.of(item("lapseChance", learning), item("valueAtRisk", learning), item("value12m", learning));
        }
        RiskWords words = new RiskWords(messages);
        double valueAtRisk = card.valueAtRisk();
        double value12m = card.value() == null ? Double.NaN : card.value().value12m();
        return List.of(
                item("lapseChance", card.risk().known()
                        ? messages.format("card.value.lapseChance", words.probability(card.risk().probability()),
                        card.window().months())
                        : messages.get("card.value.unknown")),
                item("valueAtRisk", money(valueAtRisk)),
                item("value12m", money(value12m)));
    }

    /** Why the customer may stop, in words (empty when nothing stands out or the chance is unknown). */
    public String reasons(CustomerCard card) {
        String reasons = new RiskWords(messages).reasons(card.risk());
        return reasons.isEmpty() ? "" : messages.format("card.value.reasons", reasons);
    }

    private String money(double amount) {
        return Double.isFinite(amount)
                ? formats.money(BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP))
                : messages.get("card.value.unknown");
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
        return new Item(key, messages.get("card.figure." + key), value);
    }
}
