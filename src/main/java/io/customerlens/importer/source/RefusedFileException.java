package io.customerlens.importer.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A file refused for a {@link FileRefusal}: the user sees the refusal's message in their language, filled with
 * {@link #details()}; {@link #getMessage()} is the English text, for logs and tests.
 */
public final class RefusedFileException extends UnreadableFileException {

    private final FileRefusal refusal;
    private final List<String> details;

    RefusedFileException(Path file, FileRefusal refusal, String englishReason, Object... details) {
        this(file, refusal, englishReason, null, details);
    }

    /** @param cause the library's failure behind the refusal, kept for the log */
    RefusedFileException(Path file, FileRefusal refusal, String englishReason, Throwable cause, Object... details) {
        super(file, englishReason, cause);
        this.refusal = refusal;
        this.details = Arrays.stream(details).map(String::valueOf).toList();
    }

    public FileRefusal refusal() {
        return refusal;
    }

    public List<String> details() {
        return details;
    }

    /** The details as message arguments. */
    public Object[] messageArguments() {
        return details.toArray();
    }
}
