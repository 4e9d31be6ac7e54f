package io.customerlens.ui.print;

import javafx.print.PrinterJob;

/**
 * Where print jobs come from. {@link PrinterJob#createPrinterJob()} returns null when the computer has no
 * printer (a fresh laptop, a build server); the preview then offers the PDF instead.
 */
@FunctionalInterface
public interface Printers {

    /** A new job on the default printer, or null when there is no printer. */
    PrinterJob createJob();

    static Printers system() {
        return PrinterJob::createPrinterJob;
    }
}
