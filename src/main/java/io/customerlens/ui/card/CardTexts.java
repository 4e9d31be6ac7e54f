package io.customerlens.ui.card;

import io.customerlens.analysis.card.Badge;
import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.CardFigureTexts;
import io.customerlens.ui.common.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The card's header and figures as texts: worded as the printed card words them (CardFigureTexts), each
 * with a node id and a tooltip saying what the figure means.
 */
final class CardTexts {

    /** A figure: {@code id} names its value label (card-figure-orders), {@code tip} explains it. */
    record Figure(String id, String label, String value, String tip) {
    }

    /** A badge: the analysis it comes from, what it says, and why. */
    record BadgeText(String id, String kind, String label, String why, boolean present) {
    }

    /** An attribute of the customer: label and value. */
    record Attribute(String label, String value) {
    }

    private static final Map<String, Function<CustomerInfo, String>> ATTRIBUTES = attributes();

    private final Messages messages;
    private final MessageBundle bundle;

    CardTexts(Messages messages) {
        this.messages = messages;
        this.bundle = new MessageBundle(messages.bundle(), messages.locale());
    }

    /** The figures in CardFigureTexts' order, each named by its item's key (card-figure-orders). */
    List<Figure> figures(CustomerCard card) {
        List<Figure> figures = new ArrayList<>();
        CardFigureTexts texts = new CardFigureTexts(bundle);
        List<CardFigureTexts.Item> items = new ArrayList<>(texts.items(card.figures()));
        items.addAll(texts.riskItems(card));
        for (CardFigureTexts.Item item : items) {
            // A figure added to the printed card later still shows, just with its label as the tip until it has one.
            String tipKey = "customerView.tip.figure." + item.key();
            String tip = messages.has(tipKey) ? messages.get(tipKey) : item.label();
            figures.add(new Figure("card-figure-" + item.key(), item.label(), item.value(), tip));
        }
        return figures;
    }

    /** Why the customer may stop, in words; empty when nothing stands out. */
    String reasons(CustomerCard card) {
        return new CardFigureTexts(bundle).reasons(card);
    }

    List<BadgeText> badges(CustomerCard card) {
        return List.of(badge("lifecycle", "card.badge.lifecycle", card.badges().lifecycle()),
                badge("rfm", "card.badge.rfm", card.badges().rfm()),
                badge("value-tier", "card.badge.valueTier", card.badges().valueTier()),
                badge("key-account", "card.badge.keyAccount", card.badges().keyAccount()));
    }

    private BadgeText badge(String id, String kindKey, Badge badge) {
        return new BadgeText("card-badge-" + id, messages.get(kindKey), badge.label(bundle), badge.why(bundle),
                badge.present());
    }

    /** The attributes the store knows, in a fixed order; unknown ones are left out. */
    List<Attribute> attributes(CustomerCard card) {
        List<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(messages.get("card.attr.key"), card.customerKey()));
        ATTRIBUTES.forEach((key, value) -> {
            String text = value.apply(card.info());
            if (text != null && !text.isBlank()) {
                attributes.add(new Attribute(messages.get(key), text.strip()));
            }
        });
        return attributes;
    }

    private static Map<String, Function<CustomerInfo, String>> attributes() {
        Map<String, Function<CustomerInfo, String>> map = new LinkedHashMap<>();
        map.put("card.attr.type", CustomerInfo::type);
        map.put("card.attr.region", CustomerInfo::region);
        map.put("card.attr.province", CustomerInfo::province);
        map.put("card.attr.city", CustomerInfo::city);
        map.put("card.attr.industry", CustomerInfo::industry);
        map.put("card.attr.channel", CustomerInfo::channel);
        map.put("card.attr.salesperson", CustomerInfo::salesperson);
        return map;
    }
}
