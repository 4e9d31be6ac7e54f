package io.customerlens.report.pdf;

import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link ListDocument} as an A4 PDF: title, as-of date and filters in force on top, the table
 * (header repeated on every page), "page X of Y" at the foot of every page.
 */
public final class ListPdf extends PdfRenderer<ListDocument> {

    private static final float TITLE = 15;
    private static final float SMALL = 8.5f;
    private static final float CELL = 8.5f;

    public ListPdf(MessageBundle messages) {
        this(messages, new CjkFontFinder());
    }

    public ListPdf(MessageBundle messages, CjkFontFinder fonts) {
        super(messages, fonts);
    }

    public static void write(ListDocument list, Locale locale, Path file) throws IOException {
        new ListPdf(MessageBundle.forLocale(locale)).write(list, file);
    }

    @Override
    void draw(PdfSheet sheet, ListDocument list) throws IOException {
        sheet.down(TITLE);
        sheet.text(list.title(), sheet.left(), sheet.y(), TITLE);
        sheet.textRight(asOf(list), sheet.right(), sheet.y(), SMALL + 1);
        sheet.down(8);
        sheet.line(sheet.left(), sheet.y(), sheet.right(), sheet.y(), 1.2f, 0f);
        sheet.down(4);
        for (String filter : list.filters()) {
            for (String line : sheet.wrap(filter, SMALL, sheet.width())) {
                sheet.down(SMALL * 1.35f);
                sheet.text(line, sheet.left(), sheet.y(), SMALL);
            }
        }
        sheet.down(8);
        if (list.rows().isEmpty()) {
            sheet.down(CELL * 1.5f);
            sheet.text(messages.get("pdf.list.empty"), sheet.left(), sheet.y(), CELL + 1);
        } else {
            new PdfTable(sheet, list.columns().stream()
                    .map(c -> new PdfTable.Column(c.header(), c.weight(), c.numeric(), c.tickBox())).toList(), CELL,
                    list.minRowHeight()).draw(list.rows());
        }
        if (list.footnote() != null && !list.footnote().isBlank()) {
            sheet.down(6);
            for (String line : sheet.wrap(list.footnote(), SMALL - 0.5f, sheet.width())) {
                sheet.ensure(SMALL * 1.4f);
                sheet.down(SMALL * 1.35f);
                sheet.text(line, sheet.left(), sheet.y(), SMALL - 0.5f);
            }
        }
    }

    @Override
    String footer(ListDocument list) {
        return list.title() + " · " + asOf(list);
    }

    private String asOf(ListDocument list) {
        return messages.format("pdf.asOf", list.asOf() == null ? "" : list.asOf().toString());
    }
}
