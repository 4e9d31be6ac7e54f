package io.customerlens.importer;

import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.WidthFolding;

import java.util.Locale;

/**
 * Header names in comparable form: "Customer ID", "CustomerID", "客户 ID" and "ＣＵＳＴＯＭＥＲ＿ＩＤ" all
 * become "customerid"/"客户id" (full-width folded, lower case, only letters and digits kept).
 */
final class HeaderText {

    private HeaderText() {
    }

    /** The header as shown to the user: trimmed, line breaks inside the cell turned into spaces. */
    static String display(String raw) {
        String stripped = CellText.strip(raw);
        return stripped.indexOf('\n') < 0 && stripped.indexOf('\r') < 0
                ? stripped
                : stripped.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    static String key(String header) {
        String folded = WidthFolding.fold(header).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** The key without bracketed notes: "金额(元)" and "Sales [USD]" become "金额" and "sales". */
    static String keyWithoutNotes(String header) {
        String folded = WidthFolding.fold(header);
        return key(folded.replaceAll("[(\\[【〔][^)\\]】〕]*[)\\]】〕]", ""));
    }
}
