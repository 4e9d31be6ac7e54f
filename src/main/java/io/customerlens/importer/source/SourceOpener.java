package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens any supported file by sniffing its content (zip = xlsx, OLE2 = xls, markup = HTML table,
 * anything else = delimited text), never trusting the extension.
 */
public final class SourceOpener {

    /**
     * @param encodingOverride charset for text sources; empty = detect (BOM, UTF-8, GB18030, Windows code page)
     * @throws UnreadableFileException with a message naming the file when it cannot be read at all
     */
    public TabularSource open(Path file, Optional<Charset> encodingOverride) throws IOException {
        throw new UnsupportedOperationException("TODO: sources helper");
    }
}
