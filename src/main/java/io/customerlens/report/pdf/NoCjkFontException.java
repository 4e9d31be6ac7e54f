package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No TrueType font with Chinese glyphs was found, so no PDF can be written. Its {@link #describe}
 * says where it looked and how to name a font.
 */
public class NoCjkFontException extends IOException {

    private final transient List<Path> searched;

    public NoCjkFontException(List<Path> searched) {
        super("no TrueType CJK font found; looked for " + searched + "; set -D" + CjkFontFinder.PROPERTY + "=FILE");
        this.searched = List.copyOf(searched);
    }

    /** The places looked at, in order. */
    public List<Path> searched() {
        return searched;
    }

    /** The message in the user's language. */
    public String describe(MessageBundle messages) {
        return messages.format("pdf.error.noFont",
                searched.stream().map(Path::toString).collect(Collectors.joining(", ")), CjkFontFinder.PROPERTY);
    }
}
