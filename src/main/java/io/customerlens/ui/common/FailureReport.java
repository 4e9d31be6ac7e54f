package io.customerlens.ui.common;

/**
 * Turns a failure into one line for a person: the first line of the exception's message (drivers add
 * pages of diagnostics below it, which belong in the log), or its kind when it has no message.
 */
public final class FailureReport {

    private FailureReport() {
    }

    public static String describe(Throwable failure) {
        String text = failure.getMessage();
        if (text == null || text.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return text.strip().lines().findFirst().orElse(text).strip();
    }

    /**
     * Like {@link #describe} for a message that already names {@code fileName}: the importer's messages
     * start with "file.xlsx: ", which the sentence around them names once already.
     */
    public static String describeAbout(String fileName, Throwable failure) {
        String text = describe(failure);
        String prefix = fileName + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
