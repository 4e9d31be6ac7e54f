package io.customerlens.service;

import java.util.List;

/**
 * An import plan that cannot produce a line (no such sheet, no such column, no date or amount mapped): a
 * problem of the file or of the command line, said in the user's language by the message key
 * {@link #messageKey()} filled with {@link #arguments()}; {@link #getMessage()} is the English text, for logs.
 */
public final class PlanProblemException extends IllegalArgumentException {

    private final String messageKey;
    private final transient List<Object> arguments;

    PlanProblemException(String englishText, String messageKey, Object... arguments) {
        super(englishText);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
