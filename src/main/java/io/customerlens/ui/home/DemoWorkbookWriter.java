package io.customerlens.ui.home;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the demo workbook (a realistic distributor export) to a file; the app wires the demo generator. */
@FunctionalInterface
public interface DemoWorkbookWriter {
    void write(Path file) throws IOException;
}
