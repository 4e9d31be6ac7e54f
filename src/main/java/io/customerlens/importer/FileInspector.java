package io.customerlens.importer;

import io.customerlens.importer.source.SourceOpener;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a file and finds, per sheet, the header row, a preview, a suggested mapping and the date order. */
public final class FileInspector {

    private final SourceOpener opener;

    public FileInspector(SourceOpener opener) {
        this.opener = opener;
    }

    public FileInspection inspect(Path file, Optional<Charset> encoding) throws IOException {
        throw new UnsupportedOperationException("TODO: parsing helper");
    }
}
