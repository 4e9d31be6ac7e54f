package io.customerlens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn at the sheet's cursor: a grey header row repeated on every page, cells wrapped to their
 * column's width (at most {@value #MAX_LINES} lines, the last cut with "…"), a row never split across
 * pages, light rules between rows.
 */
final class PdfTable {

    static final int MAX_LINES = 4;
    private static final float PAD = 3;

    /** One column: share of the table's width, right-aligned when numeric, or a box to tick by hand. */
    record Column(String header, float weight, boolean numeric, boolean tickBox) {

        Column(String header, float weight, boolean numeric) {
            this(header, weight, numeric, false);
        }
    }

    private final PdfSheet sheet;
    private final List<Column> columns;
    private final float size;
    private final float minRowHeight;

    PdfTable(PdfSheet sheet, List<Column> columns, float size, float minRowHeight) {
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.size = size;
        this.minRowHeight = minRowHeight;
    }

    /** The height of the whole table (header and every row), as drawn on one page. */
    float height(List<List<String>> rows) throws IOException {
        float[] widths = widths();
        float height = layout(columns.stream().map(Column::header).toList(), widths, 0).height;
        for (List<String> cells : rows) {
            height += layout(cells, widths, minRowHeight).height;
        }
        return height;
    }

    /** Draws the header and rows from the cursor down, continuing on new pages as needed. */
    void draw(List<List<String>> rows) throws IOException {
        float[] widths = widths();
        Row header = layout(columns.stream().map(Column::header).toList(), widths, 0);
        float firstRow = rows.isEmpty() ? 0 : layout(rows.getFirst(), widths, minRowHeight).height;
        sheet.ensure(header.height + firstRow);
        drawRow(header, widths, true);
        for (List<String> cells : rows) {
            Row row = layout(cells, widths, minRowHeight);
            if (sheet.ensure(row.height)) {
                drawRow(header, widths, true);
            }
            drawRow(row, widths, false);
        }
    }

    private float[] widths() {
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = sheet.width() * columns.get(i).weight() / total;
        }
        return widths;
    }

    private record Row(List<List<String>> lines, float height) {
    }

    private Row layout(List<String> cells, float[] widths, float minHeight) throws IOException {
        List<List<String>> lines = new ArrayList<>(cells.size());
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            float inner = widths[i] - 2 * PAD;
            List<String> wrapped = sheet.wrap(cell, size, inner);
            if (wrapped.size() > MAX_LINES) {
                List<String> cut = new ArrayList<>(wrapped.subList(0, MAX_LINES));
                cut.set(MAX_LINES - 1, sheet.fit(cut.get(MAX_LINES - 1) + "……", size, inner));
                wrapped = cut;
            }
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        return new Row(lines, Math.max(minHeight, most * leading() + 2 * PAD));
    }

    private float leading() {
        return size * 1.3f;
    }

    private void drawRow(Row row, float[] widths, boolean header) throws IOException {
        float top = sheet.y();
        float x = sheet.left();
        if (header) {
            sheet.fillRect(x, top - row.height, sheet.width(), row.height, 0.88f);
        }
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = row.lines.get(i);
            float baseline = top - PAD - size;
            if (!header && columns.get(i).tickBox()) {
                float box = size + 1;
                sheet.strokeRect(x + (widths[i] - box) / 2, top - PAD - box - 1, box, box, 0.7f, 0f);
                cell = List.of();
            }
            if (i > 0 && minRowHeight > 0) {
                sheet.line(x, top, x, top - row.height, 0.3f, 0.6f);
            }
            for (String line : cell) {
                if (columns.get(i).numeric()) {
                    sheet.textRight(line, x + widths[i] - PAD, baseline, size);
                } else {
                    sheet.text(line, x + PAD, baseline, size);
                }
                baseline -= leading();
            }
            x += widths[i];
        }
        sheet.down(row.height);
        sheet.line(sheet.left(), sheet.y(), sheet.right(), sheet.y(), header ? 0.8f : 0.3f, header ? 0.2f : 0.6f);
    }
}
