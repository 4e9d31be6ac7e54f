package io.customerlens.importer;

import io.customerlens.importer.source.SourceFormat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of looking at a file before importing it. {@code salesSheets} are the sheets proposed for
 * import: the best-scoring sheet plus every other sheet with the same headers (one sheet per year).
 */
public record FileInspection(Path file, SourceFormat format, Optional<Charset> charset, boolean date1904,
                             List<SheetInspection> sheets, List<String> salesSheets) {

    public FileInspection {
        sheets = List.copyOf(sheets);
        salesSheets = List.copyOf(salesSheets);
    }
}
