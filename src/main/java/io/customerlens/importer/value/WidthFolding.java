package io.customerlens.importer.value;

import java.text.Normalizer;

/**
 * Folds full-width forms (１２３, ＡＢＣ, ￥, （）) to their half-width equivalents with NFKC, which
 * Chinese input methods and ERPs produce freely. ASCII text is returned untouched without normalising.
 */
public final class WidthFolding {

    private WidthFolding() {
    }

    public static String fold(String text) {
        if (CellText.isAscii(text)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
