package io.customerlens.ui.print;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF and its pages drawn as images, for the preview and for printing through JavaFX (which prints
 * nodes, not PDF files). One resolution serves both: sharp on paper, still light for a few pages.
 */
public record PdfPages(byte[] pdf, List<Image> pages) {

    /** Dots per inch: an A4 page is about 990 × 1400 pixels. */
    static final float DPI = 120;

    public PdfPages {
        pages = List.copyOf(pages);
    }

    /** Off the FX thread: PDFBox draws each page into an image. */
    public static PdfPages render(byte[] pdf) throws IOException {
        List<Image> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.RGB);
                images.add(SwingFXUtils.toFXImage(image, null));
            }
        }
        return new PdfPages(pdf, images);
    }
}
