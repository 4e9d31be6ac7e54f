package io.customerlens.ui.common;

import io.customerlens.importer.source.RefusedFileException;

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
     * start with "file.xlsx: ", which the sentence around them names once already. A refused file is described
     * in the user's language.
     */
    public static String describeAbout(Messages messages, String fileName, Throwable failure) {
        if (failure instanceof RefusedFileException refused) {
            return messages.format(refused.refusal().messageKey(), refused.messageArguments());
        }
        return describeAbout(fileName, failure);
    }

    /** As {@link #describeAbout(Messages, String, Throwable)} for failures that carry no message key. */
    public static String describeAbout(String fileName, Throwable failure) {
        String text = describe(failure);
        String prefix = fileName + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
