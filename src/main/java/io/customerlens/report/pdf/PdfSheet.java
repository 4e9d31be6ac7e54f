package io.customerlens.report.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An A4 document written top to bottom: a cursor {@link #y()} that moves down, a new page when the next
 * block does not fit, text in the embedded CJK font (wrapped by width, Chinese anywhere, Latin at spaces)
 * and the few vector shapes the reports draw. Page footers are written last, when the page count is known.
 */
final class PdfSheet implements Closeable {

    static final float MARGIN = 40;
    static final float FOOTER = 28;
    private static final char MISSING = '?';
    private static final int MINUS_SIGN = 0x2212;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private final CmapLookup glyphs;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfSheet(CjkFont cjk) throws IOException {
        this.font = PDType0Font.load(document, cjk.font(), true);
        this.glyphs = cjk.font().getUnicodeCmapLookup(false);
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PDRectangle.A4.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    void down(float by) {
        y -= by;
    }

    /** Space left above the footer. */
    float room() {
        return y - MARGIN - FOOTER;
    }

    /** Starts a new page when fewer than {@code height} points are left; true when it did. */
    boolean ensure(float height) throws IOException {
        if (room() >= height) {
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    int pageCount() {
        return pages.size();
    }

    // ---- text

    float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    void text(String text, float x, float baseline, float size) throws IOException {
        String shown = printable(text);
        if (shown.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(shown);
        content.endText();
    }

    /** Text drawn after this is this grey (0 black … 1 white) until set back; a new page starts black. */
    void textGray(float gray) throws IOException {
        content.setNonStrokingColor(gray);
    }

    void textRight(String text, float rightX, float baseline, float size) throws IOException {
        text(text, rightX - textWidth(text, size), baseline, size);
    }

    void textCentred(String text, float centreX, float baseline, float size) throws IOException {
        text(text, centreX - textWidth(text, size) / 2, baseline, size);
    }

    /**
     * The text broken into lines no wider than {@code width}: Latin words stay whole where they fit,
     * Chinese breaks between any two characters, a word longer than the line breaks where it must.
     */
    List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float width, List<String> lines) throws IOException {
        StringBuilder line = new StringBuilder();
        int lastBreak = -1;
        int i = 0;
        while (i < paragraph.length()) {
            int cp = paragraph.codePointAt(i);
            String candidate = line + new String(Character.toChars(cp));
            if (textWidth(candidate, size) > width && !line.isEmpty()) {
                if (cp == ' ') {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lastBreak = -1;
                    i += Character.charCount(cp);
                    continue;
                }
                if (lastBreak > 0 && !isWide(cp)) {
                    lines.add(line.substring(0, lastBreak).stripTrailing());
                    String rest = line.substring(lastBreak).stripLeading();
                    line.setLength(0);
                    line.append(rest);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                }
                lastBreak = -1;
                continue;
            }
            line.appendCodePoint(cp);
            if (cp == ' ' || isWide(cp)) {
                lastBreak = line.length();
            }
            i += Character.charCount(cp);
        }
        lines.add(line.toString().stripTrailing());
    }

    /** The text cut to {@code width}, ending in "…" when cut. */
    String fit(String text, float size, float width) throws IOException {
        String shown = printable(text == null ? "" : text).replace('\n', ' ');
        if (textWidth(shown, size) <= width) {
            return shown;
        }
        StringBuilder cut = new StringBuilder(shown);
        while (!cut.isEmpty() && textWidth(cut + "…", size) > width) {
            cut.setLength(cut.length() - 1);
        }
        return cut + "…";
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * Tabs and other controls become spaces, characters the font lacks become '?', so showText never fails: space
     * and '?' are among the {@link RequiredGlyphs} every chosen font has. A font without the minus sign "−" (U+2212,
     * how every negative figure reads) prints the hyphen "-" instead, never a '?' before a number.
     */
    private String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                shown.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                shown.append(' ');
            } else if (printable.computeIfAbsent(cp, c -> glyphs.getGlyphId(c) > 0)) {
                shown.appendCodePoint(cp);
            } else if (cp == MINUS_SIGN) {
                shown.append('-');
            } else {
                shown.append(MISSING);
            }
        });
        return shown.toString();
    }

    // ---- shapes

    void line(float x1, float y1, float x2, float y2, float lineWidth, float gray) throws IOException {
        content.setLineWidth(lineWidth);
        content.setStrokingColor(gray);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    void fillRect(float x, float yBottom, float w, float h, float gray) throws IOException {
        content.setNonStrokingColor(gray);
        content.addRect(x, yBottom, w, h);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    void strokeRect(float x, float yBottom, float w, float h, float lineWidth, float gray) throws IOException {
        content.setLineWidth(lineWidth);
        content.setStrokingColor(gray);
        content.addRect(x, yBottom, w, h);
        content.stroke();
    }

    /** Diagonal hatching inside the rectangle: readable on a black-and-white printout. */
    void hatch(float x, float yBottom, float w, float h, float step, float gray) throws IOException {
        content.saveGraphicsState();
        content.addRect(x, yBottom, w, h);
        content.clip();
        content.setLineWidth(0.6f);
        content.setStrokingColor(gray);
        for (float offset = -h; offset < w; offset += step) {
            content.moveTo(x + offset, yBottom);
            content.lineTo(x + offset + h, yBottom + h);
        }
        content.stroke();
        content.restoreGraphicsState();
    }

    // ---- finishing

    /** Writes each page's footer: {@code left} at the left margin, "page X of Y" text at the right. */
    void footers(String left, PageLabel label) throws IOException {
        footers(page -> left, label);
    }

    /** The same with each page's own left text ({@code leftOf} gets the page number from 1): a book of cards. */
    void footers(java.util.function.IntFunction<String> leftOf, PageLabel label) throws IOException {
        content.close();
        content = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream body = content;
                content = footer;
                float baseline = MARGIN;
                line(left(), baseline + 10, right(), baseline + 10, 0.5f, 0.5f);
                text(fit(leftOf.apply(i + 1), 7.5f, width() * 0.7f), left(), baseline, 7.5f);
                textRight(label.of(i + 1, total), right(), baseline, 7.5f);
                content = body;
            }
        }
    }

    byte[] toBytes() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    /** The text "page X of Y" in the document's language. */
    @FunctionalInterface
    interface PageLabel {
        String of(int page, int total);
    }
}
