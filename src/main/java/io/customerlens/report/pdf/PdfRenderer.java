package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders one kind of document to an A4 PDF in the user's language: finds the CJK font, lets the subclass lay
 * the document out, then writes "page X of Y" and the footer text on every page.
 *
 * @param <T> what is printed
 */
abstract class PdfRenderer<T> {

    final MessageBundle messages;
    private final CjkFontFinder fonts;

    PdfRenderer(MessageBundle messages, CjkFontFinder fonts) {
        this.messages = messages;
        this.fonts = fonts;
    }

    /** Lays the document out on the sheet, from the top of the first page. */
    abstract void draw(PdfSheet sheet, T document) throws IOException;

    /** The text at the foot of every page, left of "page X of Y". */
    abstract String footer(T document);

    /** @throws NoCjkFontException when no usable font is found (nothing is written then) */
    public void write(T document, Path file) throws IOException {
        Files.write(file, toBytes(document));
    }

    /** The PDF's bytes, for a preview or the printer. */
    public byte[] toBytes(T document) throws IOException {
        try (CjkFont font = fonts.open(); PdfSheet sheet = new PdfSheet(font)) {
            draw(sheet, document);
            sheet.footers(footer(document), (page, total) -> messages.format("pdf.page", page, total));
            return sheet.toBytes();
        }
    }
}
