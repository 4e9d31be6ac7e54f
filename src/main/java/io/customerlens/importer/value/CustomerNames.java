package io.customerlens.importer.value;

import java.util.Locale;

/**
 * The customer key made from a name when a file has no customer ID column (DEFINITIONS: customers):
 * trimmed, full-width forms folded to half-width, inner whitespace collapsed to one space, case folded.
 */
public final class CustomerNames {

    private CustomerNames() {
    }

    /** The normalised key, or null when the name is blank. */
    public static String key(String rawName) {
        String folded = WidthFolding.fold(CellText.strip(rawName));
        if (folded.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (CellText.isSpace(c)) {
                pendingSpace = !key.isEmpty();
            } else {
                if (pendingSpace) {
                    key.append(' ');
                    pendingSpace = false;
                }
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
