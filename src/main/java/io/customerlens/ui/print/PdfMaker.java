package io.customerlens.ui.print;

import java.io.IOException;

/** Makes a PDF's bytes (report.pdf does the layout); runs off the FX thread. */
@FunctionalInterface
public interface PdfMaker {
    byte[] make() throws IOException;
}
