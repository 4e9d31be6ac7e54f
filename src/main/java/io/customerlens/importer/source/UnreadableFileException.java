package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.file.Path;

/** The file cannot be imported at all (not a spreadsheet, encrypted, truncated ...). */
public class UnreadableFileException extends IOException {

    private final Path file;

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
