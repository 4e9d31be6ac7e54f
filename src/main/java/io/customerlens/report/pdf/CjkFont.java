package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.Closeable;
import java.io.IOException;

/**
 * An opened TrueType font with Chinese and Latin glyphs and what keeps its data open (the font itself, or the
 * collection it came from). Close it after the last document that embeds it has been saved: subsetting reads
 * the font data then.
 */
public final class CjkFont implements Closeable {

    private final String origin;
    private final TrueTypeFont font;
    private final Closeable source;

    CjkFont(String origin, TrueTypeFont font, Closeable source) {
        this.origin = origin;
        this.font = font;
        this.source = source;
    }

    /** Where the font came from: a file of this system, or the font bundled with the application. */
    public String origin() {
        return origin;
    }

    public TrueTypeFont font() {
        return font;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
