package io.customerlens.importer.value;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the label of a totals row (合计, 总计, 小计, Total, Grand Total, Subtotal ...), optionally
 * followed by a colon, with any spacing ("合  计" is how many Chinese reports centre the word).
 */
public final class TotalsLabels {

    private static final Set<String> LABELS = Set.of(
            "合计", "总计", "小计", "总合计", "本页合计", "本页小计", "累计",
            "total", "totals", "grandtotal", "subtotal");

    /** Longer cells are never a label; checking the length first keeps the per-row scan cheap. */
    private static final int MAX_LABEL_LENGTH = 16;

    private TotalsLabels() {
    }

    /** True when the cell text is a totals label (合计, 合 计：, Grand Total, SUBTOTAL ...). */
    public static boolean isTotalsLabel(String text) {
        if (text.isEmpty() || text.length() > MAX_LABEL_LENGTH || !mayStartLabel(text)) {
            return false;
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CellText.isSpace(c) && c != '-' && c != '_') {
                compact.append(c);
            }
        }
        int end = compact.length();
        if (end > 0 && (compact.charAt(end - 1) == ':' || compact.charAt(end - 1) == '：')) {
            compact.setLength(end - 1);
        }
        return LABELS.contains(compact.toString().toLowerCase(Locale.ROOT));
    }

    /** Cheap pre-check on the first visible character, so ordinary short cells cost no copy. */
    private static boolean mayStartLabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CellText.isSpace(c)) {
                return switch (c) {
                    case '合', '总', '小', '本', '累', 'T', 't', 'G', 'g', 'S', 's' -> true;
                    default -> false;
                };
            }
        }
        return false;
    }
}
