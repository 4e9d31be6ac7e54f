package io.customerlens.ui.common;

/**
 * Turns a failure into one sentence for a person, in their language ({@link Messages#failures()}): a failure
 * the user can act on is named with its file, row or value; a fault of CustomerLens is logged, and the sentence
 * names the log file that holds its details. No library text reaches the user.
 */
public final class FailureReport {

    private FailureReport() {
    }

    public static String describe(Messages messages, Throwable failure) {
        return messages.failures().describe(failure);
    }

    /**
     * Like {@link #describe} for a message that already names {@code fileName}: a sentence that starts with
     * "file.xlsx: " names it once more, which the sentence around it does already.
     */
    public static String describeAbout(Messages messages, String fileName, Throwable failure) {
        String text = describe(messages, failure);
        String prefix = fileName + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
