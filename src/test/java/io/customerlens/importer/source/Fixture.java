package io.customerlens.importer.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the committed format fixtures and reads sheets into lists for assertions. */
final class Fixture {

    private Fixture() {
    }

    static Path path(String name) {
        URL url = Fixture.class.getResource("/fixtures/formats/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RawRow> rows(TabularSource source, String sheet) throws java.io.IOException {
        try (Stream<RawRow> rows = source.rows(sheet)) {
            return rows.toList();
        }
    }

    static RawRow row(List<RawRow> rows, int rowNumber) {
        return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber));
    }
}
