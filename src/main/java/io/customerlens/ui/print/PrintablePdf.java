package io.customerlens.ui.print;

import java.util.Objects;

/**
 * A report the user may preview, print or save: its window title, the file name suggested when saving,
 * and how to make it (only when asked, in the background).
 */
public record PrintablePdf(String title, String suggestedFileName, PdfMaker maker) {

    public PrintablePdf {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(suggestedFileName, "suggestedFileName");
        Objects.requireNonNull(maker, "maker");
    }
}
