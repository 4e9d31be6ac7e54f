package io.customerlens.ui.common;

import java.util.List;

/**
 * The one line a page shows for customer or product attributes the data has no column for: which import
 * fields to map to get them. The filters, breakdowns and choices of those attributes are hidden meanwhile.
 */
public final class MissingColumns {

    private MissingColumns() {
    }

    /**
     * @param fields import field codes ({@code customer_type}, {@code region} …) the data has no value for
     * @return empty when nothing is missing
     */
    public static String text(Messages messages, List<String> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        String names = String.join(messages.get("data.missingColumns.separator"),
                fields.stream().map(field -> messages.get("field." + field)).toList());
        return messages.format("data.missingColumns", names);
    }
}
