package io.customerlens.importer;

import io.customerlens.importer.source.Cell;
import io.customerlens.importer.source.CellKind;
import io.customerlens.importer.value.CellText;
import io.customerlens.importer.value.WidthFolding;

import java.util.regex.Matcher;

/**
 * Decides whether a column's {@code a/b/y} text dates are month-first or day-first from its values:
 * a first part above 12 can only be a day (DMY), a second part above 12 only a day (MDY), and a date written
 * with points ({@code 01.03.2024}) is day-first, as everywhere points are used. With
 * evidence both ways the majority wins. Ambiguous values without any evidence ({@code 03/01/19}
 * only) fall back to MDY, flagged as not decided by the values so the user is asked to confirm. A
 * column without any {@code a/b/y} text (Excel dates, ISO text) has nothing to decide: MDY, and the
 * values are taken to have decided, since no value can be read two ways.
 */
final class DateOrderDetector {

    /** The order and whether the sampled values decided it. */
    record Decision(DateOrder order, boolean decidedByValues) {
    }

    private static final int MONTHS = 12;

    Decision decide(Iterable<Cell> dateCells) {
        Matcher shortForm = DateParser.SHORT.matcher("");
        int ambiguous = 0;
        int dayFirst = 0;
        int monthFirst = 0;
        for (Cell cell : dateCells) {
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            if (!shortForm.reset(WidthFolding.fold(CellText.strip(cell.text()))).matches()) {
                continue;
            }
            ambiguous++;
            int first = Integer.parseInt(shortForm.group(1));
            int second = Integer.parseInt(shortForm.group(2));
            if (first > MONTHS && second <= MONTHS) {
                dayFirst++;
            } else if (second > MONTHS && first <= MONTHS) {
                monthFirst++;
            } else if (first <= MONTHS && second <= MONTHS && isDotted(shortForm)) {
                // 01.03.2024 is day-first wherever dates are written with points (Germany, Russia, ...);
                // month-first dates are written with slashes
                dayFirst++;
            }
        }
        if (dayFirst == 0 && monthFirst == 0) {
            return new Decision(DateOrder.MDY, ambiguous == 0);
        }
        return new Decision(dayFirst > monthFirst ? DateOrder.DMY : DateOrder.MDY, true);
    }

    /** a.b.y: both separators of the matched date are points. */
    private static boolean isDotted(Matcher date) {
        String text = date.group();
        return text.charAt(date.end(1)) == '.' && text.charAt(date.end(2)) == '.';
    }
}
