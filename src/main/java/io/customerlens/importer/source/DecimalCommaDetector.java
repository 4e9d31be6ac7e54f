package io.customerlens.importer.source;

import java.util.regex.Pattern;

/**
 * Tells from a text export's first lines whether its numbers are written with a decimal comma
 * ({@code 1.234,56}, {@code 12,50}), as European exports separated by {@code ;} or tabs write them. It decides
 * only on numbers that can be read one way alone: {@code 1.234,56} and {@code 12,5} only with a decimal comma,
 * {@code 1,234.56} and {@code 12.5} only with a decimal point. A file with both kinds, or with a comma as its
 * delimiter, keeps the decimal point, and a number it cannot read is rejected as before, never guessed.
 */
final class DecimalCommaDetector {

    private static final int MAX_LINES = 200;
    private static final Pattern COMMA_ONLY = Pattern.compile(
            "[-(]?\\d{1,3}(?:\\.\\d{3})+,\\d+\\)?|[-(]?\\d+,(?:\\d{1,2}|\\d{4,})\\)?");
    private static final Pattern POINT_ONLY = Pattern.compile(
            "[-(]?\\d{1,3}(?:,\\d{3})+\\.\\d+\\)?|[-(]?\\d+\\.(?:\\d{1,2}|\\d{4,})\\)?");
    /** Currency marks and spaces around a number, as NumberParser skips them. */
    private static final Pattern AROUND = Pattern.compile("^[\\s€$£¥￥\"]+|[\\s€$£¥￥元\"]+$");

    boolean detect(CharSequence sample, char delimiter) {
        if (delimiter == ',') {
            return false;
        }
        int commaOnly = 0;
        int pointOnly = 0;
        String[] lines = sample.toString().split("\r\n|\r|\n", MAX_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
            for (String field : lines[i].split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                String number = AROUND.matcher(field).replaceAll("");
                if (COMMA_ONLY.matcher(number).matches()) {
                    commaOnly++;
                } else if (POINT_ONLY.matcher(number).matches()) {
                    pointOnly++;
                }
            }
        }
        return commaOnly > 0 && pointOnly == 0;
    }
}
