package io.customerlens.report.pdf;

import io.customerlens.analysis.card.MonthBar;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.i18n.MessageBundle;

import java.io.IOException;
import java.util.List;

/**
 * The card's monthly bar chart in vector graphics, made for a black-and-white printer: dark bars, months
 * without a purchase on a light grey band, lapse episodes hatched, the month under every bar and the
 * year under each January and the first month.
 */
final class CardChart {

    static final float HEIGHT = 150;
    private static final float AXIS = 44;
    private static final float PLOT = 108;
    private static final float SMALL = 6.3f;
    private static final float BAR = 0.25f;
    private static final float GAP_BAND = 0.84f;
    private static final int TICKS = 4;

    private final PdfSheet sheet;
    private final MessageBundle messages;
    private final PdfFormats formats;

    CardChart(PdfSheet sheet, MessageBundle messages, PdfFormats formats) {
        this.sheet = sheet;
        this.messages = messages;
        this.formats = formats;
    }

    void draw(List<MonthBar> months, LapseWindow window) throws IOException {
        float top = sheet.y() - 6;
        float bottom = top - PLOT;
        float left = sheet.left() + AXIS;
        float width = sheet.right() - left;
        double max = 0;
        double min = 0;
        for (MonthBar bar : months) {
            max = Math.max(max, bar.net().doubleValue());
            min = Math.min(min, bar.net().doubleValue());
        }
        // whole-number steps: a chart of a few yuan still gets 0, 1, 2 … on its axis
        double step = niceStep(Math.max(max - min, TICKS) / TICKS);
        double high = Math.max(step, Math.ceil(max / step) * step);
        double low = Math.floor(min / step) * step;
        float scale = (float) (PLOT / (high - low));
        float zero = bottom + (float) (-low * scale);

        float slot = width / Math.max(1, months.size());
        for (int i = 0; i < months.size(); i++) {
            MonthBar bar = months.get(i);
            float x = left + i * slot;
            if (bar.lapse()) {
                sheet.fillRect(x, bottom, slot, PLOT, 0.95f);
                sheet.hatch(x, bottom, slot, PLOT, 4, 0.45f);
            } else if (bar.gap()) {
                sheet.fillRect(x, bottom, slot, PLOT, GAP_BAND);
            }
        }
        for (double tick = low; tick <= high + step / 2; tick += step) {
            float y = zero + (float) (tick * scale);
            sheet.line(left, y, left + width, y, 0.3f, 0.75f);
            sheet.textRight(formats.whole(tick), left - 3, y - SMALL / 3, SMALL);
        }
        for (int i = 0; i < months.size(); i++) {
            MonthBar bar = months.get(i);
            float x = left + i * slot;
            float height = bar.net().floatValue() * scale;
            if (bar.net().signum() != 0) {
                float barWidth = slot * 0.64f;
                sheet.fillRect(x + (slot - barWidth) / 2, Math.min(zero, zero + height), barWidth, Math.abs(height), BAR);
            }
            String month = String.format("%02d", bar.month().getMonthValue());
            sheet.textCentred(month, x + slot / 2, bottom - SMALL - 2, SMALL);
            if (i == 0 || bar.month().getMonthValue() == 1) {
                sheet.text(String.valueOf(bar.month().getYear()), x + 1, bottom - 2 * SMALL - 5, SMALL);
                sheet.line(x, bottom, x, bottom - 2 * SMALL - 6, 0.4f, 0.4f);
            }
        }
        sheet.line(left, zero, left + width, zero, 0.8f, 0f);
        sheet.strokeRect(left, bottom, width, PLOT, 0.4f, 0.4f);
        legend(bottom - 2 * SMALL - 16, window);
        sheet.down(HEIGHT);
    }

    private void legend(float baseline, LapseWindow window) throws IOException {
        float x = sheet.left() + AXIS;
        float box = 7;
        sheet.fillRect(x, baseline - 1, box, box, BAR);
        x += box + 3;
        String net = messages.get("card.chart.legend.net");
        sheet.text(net, x, baseline, SMALL + 0.7f);
        x += sheet.textWidth(net, SMALL + 0.7f) + 14;
        sheet.fillRect(x, baseline - 1, box, box, GAP_BAND);
        sheet.strokeRect(x, baseline - 1, box, box, 0.3f, 0.5f);
        x += box + 3;
        String gap = messages.get("card.chart.legend.gap");
        sheet.text(gap, x, baseline, SMALL + 0.7f);
        x += sheet.textWidth(gap, SMALL + 0.7f) + 14;
        sheet.hatch(x, baseline - 1, box, box, 2.5f, 0.3f);
        sheet.strokeRect(x, baseline - 1, box, box, 0.3f, 0.5f);
        x += box + 3;
        sheet.text(messages.format("card.chart.legend.lapse", window.months()), x, baseline, SMALL + 0.7f);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
