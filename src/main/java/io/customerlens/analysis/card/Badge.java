package io.customerlens.analysis.card;

import io.customerlens.i18n.MessageBundle;

import java.util.List;

/**
 * One of the card's segment badges (lifecycle stage, RFM segment, value tier, key-account tier): what it
 * says and why, as bundle keys and arguments so the window and the PDF word it in their language.
 *
 * @param code          the segment's stable code (e.g. {@code loyal}, {@code important_value}, {@code a},
 *                      {@code strategic}); null when the customer has none (no purchase in the RFM window)
 * @param labelKey      bundle key of the badge's text
 * @param whyKey        bundle key of the explanation: the figures behind it
 * @param whyArguments  the explanation's {@code {0}}, {@code {1}} ... (numbers stay numbers, formatted in
 *                      the bundle's locale)
 */
public record Badge(String code, String labelKey, String whyKey, List<Object> whyArguments) {

    public Badge {
        whyArguments = List.copyOf(whyArguments);
    }

    public boolean present() {
        return code != null;
    }

    public String label(MessageBundle messages) {
        return messages.get(labelKey);
    }

    public String why(MessageBundle messages) {
        return messages.format(whyKey, whyArguments.toArray());
    }
}
