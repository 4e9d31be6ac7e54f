package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.util.List;

/**
 * No TrueType font with Chinese and Latin glyphs could be opened, so no PDF can be written. With the bundled
 * font this means a damaged installation. Its {@link #describe} says where it looked and how to name a font.
 */
public class NoCjkFontException extends IOException {

    private final transient List<String> searched;

    public NoCjkFontException(List<String> searched) {
        super("no usable TrueType CJK font; looked for " + searched + "; set -D" + CjkFontFinder.PROPERTY + "=FILE");
        this.searched = List.copyOf(searched);
    }

    /** The places looked at, in order. */
    public List<String> searched() {
        return searched;
    }

    /** The message in the user's language. */
    public String describe(MessageBundle messages) {
        return messages.format("pdf.error.noFont", String.join(", ", searched), CjkFontFinder.PROPERTY);
    }
}
