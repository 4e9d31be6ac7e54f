package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An opened TrueType CJK font and what keeps its file open (the font itself, or the collection it came
 * from). Close it after the last document that embeds it has been saved: subsetting reads the file then.
 */
public final class CjkFont implements Closeable {

    private final Path file;
    private final TrueTypeFont font;
    private final Closeable source;

    CjkFont(Path file, TrueTypeFont font, Closeable source) {
        this.file = file;
        this.font = font;
        this.source = source;
    }

    public Path file() {
        return file;
    }

    public TrueTypeFont font() {
        return font;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
