package io.customerlens.app;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line a record ({@code 2026-12-07 08:30:01.123 SEVERE io.customerlens.X: text}), then the failure's
 * chain. A library's exception message may quote a value (H2 quotes the key it refused); each message is cut
 * to {@value #MESSAGE_LIMIT} characters, so a log never holds more of a customer than a key.
 */
final class LogLineFormatter extends Formatter {

    static final int MESSAGE_LIMIT = 200;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        line.append(TIME.format(Instant.ofEpochMilli(record.getMillis()))).append(' ')
                .append(record.getLevel().getName()).append(' ')
                .append(record.getLoggerName()).append(": ")
                .append(cut(formatMessage(record))).append(System.lineSeparator());
        Throwable failure = record.getThrown();
        String prefix = "";
        for (int depth = 0; failure != null && depth < 20; depth++) {
            line.append(prefix).append(failure.getClass().getName());
            if (failure.getMessage() != null) {
                line.append(": ").append(cut(failure.getMessage()));
            }
            line.append(System.lineSeparator());
            for (StackTraceElement frame : failure.getStackTrace()) {
                line.append("\tat ").append(frame).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
            failure = failure.getCause() == failure ? null : failure.getCause();
        }
        return line.toString();
    }

    static String cut(String text) {
        String oneLine = text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
        return oneLine.length() <= MESSAGE_LIMIT ? oneLine : oneLine.substring(0, MESSAGE_LIMIT) + "…";
    }
}
