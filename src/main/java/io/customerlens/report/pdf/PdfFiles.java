package io.customerlens.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;

/** Small questions about a rendered PDF. */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** How many pages the PDF has. */
    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
