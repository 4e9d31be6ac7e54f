package io.customerlens.importer;

import io.customerlens.domain.ImportedLine;

/** Receives cleaned lines as they are read, in file order. */
@FunctionalInterface
public interface LineSink {
    void accept(ImportedLine line);
}
