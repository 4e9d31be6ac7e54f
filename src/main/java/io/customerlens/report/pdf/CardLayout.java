package io.customerlens.report.pdf;

import io.customerlens.analysis.card.Badge;
import io.customerlens.analysis.card.CardFigures;
import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.card.ProductTrend;
import io.customerlens.analysis.card.StoppedProduct;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lays out one customer card's sections on the sheet, top to bottom; a section that does not fit moves on. */
final class CardLayout {

    private static final float TITLE = 16;
    private static final float NAME = 14;
    private static final float HEADING = 10.5f;
    private static final float LABEL = 7;
    private static final float VALUE = 9;
    private static final float CELL = 8;
    private static final float GREY = 0.4f;
    private static final float GAP = 6;
    private static final float KEEP_TOGETHER = 220;
    private static final float MIN_NOTES = 150;
    private static final float MAX_NOTES = 320;

    private final PdfSheet sheet;
    private final MessageBundle messages;
    private final CustomerCard card;
    private final PdfFormats formats;
    private final CardFigureTexts figureTexts;

    CardLayout(PdfSheet sheet, MessageBundle messages, CustomerCard card) {
        this.sheet = sheet;
        this.messages = messages;
        this.card = card;
        this.formats = new PdfFormats(messages.locale());
        this.figureTexts = new CardFigureTexts(messages, formats);
    }

    void draw() throws IOException {
        title();
        attributes();
        badges();
        figures();
        heading(messages.get("card.section.chart"), CardChart.HEIGHT + 30);
        new CardChart(sheet, messages, formats).draw(card.months(), card.window());
        products();
        stopped();
        gaps();
        tasks();
        notes();
    }

    private void title() throws IOException {
        sheet.down(TITLE);
        sheet.text(messages.get("pdf.card.title"), sheet.left(), sheet.y(), TITLE);
        sheet.textRight(messages.format("pdf.asOf", card.asOf().toString()), sheet.right(), sheet.y(), VALUE);
        sheet.down(7);
        sheet.line(sheet.left(), sheet.y(), sheet.right(), sheet.y(), 1.4f, 0f);
        sheet.down(NAME + 8);
        String key = messages.get("card.attr.key") + "  " + card.customerKey();
        float keyWidth = Math.min(sheet.textWidth(key, VALUE), sheet.width() * 0.35f);
        sheet.text(sheet.fit(card.displayName(), NAME, sheet.width() - keyWidth - 16), sheet.left(), sheet.y(), NAME);
        sheet.textRight(sheet.fit(key, VALUE, keyWidth), sheet.right(), sheet.y(), VALUE);
    }

    private void attributes() throws IOException {
        CustomerInfo info = card.info();
        List<String[]> pairs = List.of(
                new String[] {"card.attr.type", info.type()}, new String[] {"card.attr.region", info.region()},
                new String[] {"card.attr.city", cityOf(info)}, new String[] {"card.attr.industry", info.industry()},
                new String[] {"card.attr.channel", info.channel()},
                new String[] {"card.attr.salesperson", info.salesperson()});
        float column = sheet.width() / 3;
        for (int i = 0; i < pairs.size(); i++) {
            if (i % 3 == 0) {
                sheet.down(VALUE + 5);
            }
            float x = sheet.left() + (i % 3) * column;
            String label = messages.get(pairs.get(i)[0]);
            sheet.textGray(GREY);
            sheet.text(label, x, sheet.y(), LABEL + 0.5f);
            sheet.textGray(0);
            float valueX = x + sheet.textWidth(label, LABEL + 0.5f) + 5;
            sheet.text(sheet.fit(orDash(pairs.get(i)[1]), VALUE, column - (valueX - x) - 6), valueX, sheet.y(), VALUE);
        }
        sheet.down(GAP);
    }

    private static String cityOf(CustomerInfo info) {
        if (info.province() != null && !info.province().isBlank() && info.city() != null && !info.city().isBlank()
                && !info.city().equals(info.province())) {
            return info.province() + " " + info.city();
        }
        return info.city() != null && !info.city().isBlank() ? info.city() : info.province();
    }

    private void badges() throws IOException {
        List<String[]> boxes = List.of(
                box("card.badge.lifecycle", card.badges().lifecycle()), box("card.badge.rfm", card.badges().rfm()),
                box("card.badge.valueTier", card.badges().valueTier()),
                box("card.badge.keyAccount", card.badges().keyAccount()));
        float width = (sheet.width() - 3 * GAP) / 4;
        float whySize = 6.8f;
        List<List<String>> whys = new ArrayList<>();
        int most = 0;
        for (String[] box : boxes) {
            List<String> lines = sheet.wrap(box[2], whySize, width - 8);
            lines = lines.size() > 6 ? lines.subList(0, 6) : lines;
            whys.add(lines);
            most = Math.max(most, lines.size());
        }
        float height = 4 + LABEL + 4 + 11 + 4 + most * whySize * 1.3f + 4;
        sheet.ensure(height + GAP);
        float top = sheet.y() - 2;
        for (int i = 0; i < boxes.size(); i++) {
            float x = sheet.left() + i * (width + GAP);
            sheet.strokeRect(x, top - height, width, height, 0.6f, 0.3f);
            float baseline = top - 4 - LABEL;
            sheet.textGray(GREY);
            sheet.text(boxes.get(i)[0], x + 4, baseline, LABEL);
            sheet.textGray(0);
            baseline -= 4 + 10.5f;
            sheet.text(sheet.fit(boxes.get(i)[1], 10.5f, width - 8), x + 4, baseline, 10.5f);
            baseline -= 4 + whySize;
            for (String line : whys.get(i)) {
                sheet.text(line, x + 4, baseline, whySize);
                baseline -= whySize * 1.3f;
            }
        }
        sheet.down(height + GAP + 2);
    }

    private String[] box(String titleKey, Badge badge) {
        return new String[] {messages.get(titleKey), badge.label(messages), badge.why(messages)};
    }

    private void figures() throws IOException {
        CardFigures figures = card.figures();
        List<CardFigureTexts.Item> cells = new java.util.ArrayList<>(figureTexts.items(figures));
        cells.addAll(figureTexts.riskItems(card));
        float column = sheet.width() / 3;
        float row = LABEL + VALUE + 8;
        sheet.ensure(row * ((cells.size() + 2) / 3) + 4);
        sheet.line(sheet.left(), sheet.y(), sheet.right(), sheet.y(), 0.4f, 0.5f);
        for (int i = 0; i < cells.size(); i++) {
            if (i % 3 == 0) {
                sheet.down(row);
            }
            float x = sheet.left() + (i % 3) * column;
            sheet.textGray(GREY);
            sheet.text(sheet.fit(cells.get(i).label(), LABEL, column - 6), x, sheet.y() + VALUE + 2, LABEL);
            sheet.textGray(0);
            sheet.text(sheet.fit(cells.get(i).value(), VALUE, column - 6), x, sheet.y(), VALUE);
        }
        String reasons = figureTexts.reasons(card);
        if (!reasons.isEmpty()) {
            List<String> lines = sheet.wrap(reasons, LABEL + 1, sheet.width());
            sheet.ensure(lines.size() * (LABEL + 4) + 6);
            sheet.down(4);
            for (String line : lines) {
                sheet.down(LABEL + 4);
                sheet.text(line, sheet.left(), sheet.y(), LABEL + 1);
            }
        }
        sheet.down(5);
        sheet.line(sheet.left(), sheet.y(), sheet.right(), sheet.y(), 0.4f, 0.5f);
    }

    private void heading(String text, float following) throws IOException {
        sheet.ensure(HEADING + 10 + following);
        sheet.down(HEADING + 10);
        sheet.text(text, sheet.left(), sheet.y(), HEADING);
        sheet.down(4);
    }

    private void products() throws IOException {
        if (card.topProducts().isEmpty()) {
            heading(messages.get("card.section.products"), 20);
            none("card.products.none");
        } else {
            headedTable(messages.get("card.section.products"), List.of(col("card.column.product", 3.2f, false), col("card.column.category", 1.5f, false),
                    col("card.column.net", 1.4f, true), col("card.column.last12", 1.4f, true),
                    col("card.column.months", 0.9f, true), col("card.column.lastPurchase", 1.2f, false),
                    col("card.column.trend", 1.1f, false)), trendRows(card.topProducts(), true));
        }
        if (!card.topCategories().isEmpty()) {
            headedTable(messages.get("card.section.categories"), List.of(col("card.column.category", 4.7f, false), col("card.column.net", 1.4f, true),
                    col("card.column.last12", 1.4f, true), col("card.column.months", 0.9f, true),
                    col("card.column.lastPurchase", 1.2f, false), col("card.column.trend", 1.1f, false)),
                    trendRows(card.topCategories(), false));
        }
    }

    private List<List<String>> trendRows(List<ProductTrend> trends, boolean withCategory) {
        List<List<String>> rows = new ArrayList<>();
        for (ProductTrend trend : trends) {
            List<String> row = new ArrayList<>();
            row.add(trend.name());
            if (withCategory) {
                row.add(orDash(trend.category()));
            }
            row.add(formats.money(trend.netAmount()));
            row.add(formats.money(trend.last12()));
            row.add(String.valueOf(trend.months()));
            row.add(PdfFormats.date(trend.lastPurchase()));
            row.add(messages.get("card.trend." + trend.trend().code()));
            rows.add(row);
        }
        return rows;
    }

    private void stopped() throws IOException {
        String heading = messages.format("card.section.stopped", card.window().months());
        if (card.stoppedBuying().isEmpty()) {
            heading(heading, 20);
            none("card.stopped.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (StoppedProduct product : card.stoppedBuying()) {
            rows.add(List.of(product.name(), orDash(product.category()), String.valueOf(product.monthsBought()),
                    formats.money(product.netBefore()), PdfFormats.date(product.lastPurchase())));
        }
        headedTable(heading, List.of(col("card.column.product", 3.6f, false), col("card.column.category", 1.6f, false),
                col("card.column.monthsBefore", 1.5f, true), col("card.column.netBefore", 1.4f, true),
                col("card.column.lastPurchase", 1.2f, false)), rows);
    }

    /** Two gaps per row: a frequent buyer has many one-month gaps, and the card should stay short. */
    private void gaps() throws IOException {
        if (card.gaps().isEmpty()) {
            heading(messages.get("card.section.gaps"), 20);
            none("card.gap.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Gap> gaps = card.gaps().reversed();
        for (int i = 0; i < gaps.size(); i += 2) {
            List<String> row = new ArrayList<>(gapCells(gaps.get(i)));
            row.addAll(i + 1 < gaps.size() ? gapCells(gaps.get(i + 1)) : List.of("", "", "", ""));
            rows.add(row);
        }
        List<PdfTable.Column> half = List.of(col("card.gap.from", 1, false), col("card.gap.to", 1, false),
                col("card.gap.months", 0.8f, true), col("card.gap.kind", 1.6f, false));
        List<PdfTable.Column> columns = new ArrayList<>(half);
        columns.addAll(half);
        headedTable(messages.get("card.section.gaps"), columns, rows);
    }

    private List<String> gapCells(Gap gap) {
        String kind = messages.get(gap.isLapse(card.window()) ? "card.gap.lapse" : "card.gap.gap");
        return List.of(gap.start().toString(), gap.end().toString(), String.valueOf(gap.months()),
                gap.open() ? messages.format("card.gap.ongoing", kind) : kind);
    }

    private void tasks() throws IOException {
        if (card.tasks().isEmpty()) {
            heading(messages.get("card.section.tasks"), 20);
            none("card.task.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpTask task : card.tasks()) {
            rows.add(List.of(PdfFormats.date(task.effectiveDue()), messages.get("followups.channel." + task.channel().name()),
                    taskText(task), taskStatus(task)));
        }
        headedTable(messages.get("card.section.tasks"), List.of(col("card.task.due", 1.1f, false), col("card.task.kind", 0.9f, false),
                col("card.task.text", 5, false), col("card.task.status", 1.5f, false)), rows);
    }

    /** Why the task was made, its notes, and what came of it. */
    private String taskText(FollowUpTask task) {
        StringBuilder text = new StringBuilder(messages.get("followups.reason." + task.reason().name()));
        if (task.notes() != null && !task.notes().isBlank()) {
            text.append(" — ").append(task.notes().strip());
        }
        FollowUpOutcome outcome = task.outcome();
        if (outcome != null) {
            text.append(" → ");
            text.append(outcome.reason() == null ? messages.get("card.task.reached." + outcome.reached())
                    : messages.get("followups.outcome." + outcome.reason().name()));
            if (outcome.notes() != null && !outcome.notes().isBlank()) {
                text.append(": ").append(outcome.notes().strip());
            }
        }
        return text.toString();
    }

    private String taskStatus(FollowUpTask task) {
        if (task.status() == FollowUpStatus.DONE && task.outcome() != null) {
            return messages.format("card.task.done", PdfFormats.date(task.outcome().contactedOn()));
        }
        return task.status() == FollowUpStatus.OPEN ? messages.get("card.task.open")
                : messages.get("followups.status." + task.status().name());
    }

    /** A ruled box to write the visit down by hand. */
    private void notes() throws IOException {
        // at least room for a few lines; on a page with space left, down to the footer (at most 320 points)
        float height = Math.max(MIN_NOTES, Math.min(MAX_NOTES, sheet.room() - HEADING - 20));
        heading(messages.get("pdf.card.notes"), height + 4);
        float top = sheet.y() - 2;
        sheet.strokeRect(sheet.left(), top - height, sheet.width(), height, 0.7f, 0.2f);
        sheet.text(messages.get("pdf.card.notesFields"), sheet.left() + 6, top - 14, CELL);
        for (float line = top - 40; line > top - height + 8; line -= 22) {
            sheet.line(sheet.left() + 6, line, sheet.right() - 6, line, 0.3f, 0.6f);
        }
        sheet.down(height + 2);
    }

    private void none(String key) throws IOException {
        sheet.down(CELL + 6);
        sheet.textGray(GREY);
        sheet.text(messages.get(key), sheet.left(), sheet.y(), CELL);
        sheet.textGray(0);
    }

    /** A heading and its table; a table up to {@value #KEEP_TOGETHER} points high is not split from it. */
    private void headedTable(String heading, List<PdfTable.Column> columns, List<List<String>> rows) throws IOException {
        PdfTable table = new PdfTable(sheet, columns, CELL, 0);
        heading(heading, Math.min(table.height(rows), KEEP_TOGETHER) + 2);
        sheet.down(2);
        table.draw(rows);
    }

    private PdfTable.Column col(String key, float weight, boolean numeric) {
        return new PdfTable.Column(messages.get(key), weight, numeric);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value.strip();
    }
}
