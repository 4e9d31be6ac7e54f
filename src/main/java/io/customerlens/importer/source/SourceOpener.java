package io.customerlens.importer.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens any supported file by sniffing its content (zip = xlsx, OLE2 = xls, markup = HTML table,
 * anything else = delimited text), never trusting the extension.
 */
public final class SourceOpener {

    private final FormatSniffer sniffer = new FormatSniffer();

    /**
     * @param encodingOverride charset for text sources; empty = detect (BOM, UTF-8, GB18030, Windows code page)
     * @throws UnreadableFileException with a message naming the file when it cannot be read at all
     */
    public TabularSource open(Path file, Optional<Charset> encodingOverride) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Files.exists(file) ? new RefusedFileException(file, FileRefusal.NOT_A_FILE, "not a regular file")
                    : new RefusedFileException(file, FileRefusal.NO_SUCH_FILE, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new RefusedFileException(file, FileRefusal.NOT_READABLE, "permission denied");
        }
        return switch (sniffer.sniff(file)) {
            case XLSX -> XlsxSource.open(file);
            case XLS -> XlsSource.open(file);
            case HTML_TABLE -> HtmlTableSource.open(file, encodingOverride);
            case DELIMITED_TEXT -> DelimitedTextSource.open(file, encodingOverride);
        };
    }

    /** The format {@link #open} would choose, without opening the file. */
    public SourceFormat detectFormat(Path file) throws IOException {
        return sniffer.sniff(file);
    }
}
