package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.util.stream.IntStream;

/**
 * The characters a font must draw before a report uses it: every printable ASCII character (figures, keys,
 * dates and the '?' that stands in for a character the font lacks) and common Chinese ones. Fallback fonts
 * such as Droid Sans Fallback have the Chinese but no Latin glyphs, and PDFBox fails on the first digit.
 */
final class RequiredGlyphs {

    /** Space to tilde: what keys, amounts, dates and English texts are made of. */
    private static final int[] ASCII = IntStream.rangeClosed(0x20, 0x7E).toArray();
    private static final int[] CHINESE = "客户".codePoints().toArray();

    private RequiredGlyphs() {
    }

    /** True when the font has TrueType outlines ("glyf"; PDFBox cannot embed CFF) for every required character. */
    static boolean coveredBy(TrueTypeFont font) throws IOException {
        if (!font.getTableMap().containsKey("glyf")) {
            return false;
        }
        CmapLookup unicode = font.getUnicodeCmapLookup(false);
        return unicode != null && IntStream.concat(IntStream.of(ASCII), IntStream.of(CHINESE))
                .allMatch(cp -> unicode.getGlyphId(cp) > 0);
    }
}
