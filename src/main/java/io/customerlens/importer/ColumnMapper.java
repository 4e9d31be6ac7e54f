package io.customerlens.importer;

import java.util.List;

/** Suggests a field for each header from Chinese and English names, with a confidence. */
public final class ColumnMapper {

    public ColumnMapping suggest(List<String> headers) {
        throw new UnsupportedOperationException("TODO: parsing helper");
    }
}
