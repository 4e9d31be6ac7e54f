package io.customerlens.ui.common;

/**
 * What a message on a page or in the status bar says: how a job went, in one style each, so a saved file never reads
 * like a failure (success green or plain, an error red).
 */
public enum MessageKind {
    /** Ready, working, cancelled: plain text. */
    NEUTRAL(""),
    /** Done: a file saved, data loaded. */
    SUCCESS("message-success"),
    /** Failed: what went wrong and what to do. */
    ERROR("message-error");

    private final String styleClass;

    MessageKind(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The CSS class of the message (customerlens.css); empty for plain text. */
    public String styleClass() {
        return styleClass;
    }

    /** Gives {@code styles} this kind's class, taking the other kinds' away. */
    public void applyTo(java.util.List<String> styles) {
        for (MessageKind kind : values()) {
            if (!kind.styleClass.isEmpty()) {
                styles.remove(kind.styleClass);
            }
        }
        if (!styleClass.isEmpty()) {
            styles.add(styleClass);
        }
    }
}
