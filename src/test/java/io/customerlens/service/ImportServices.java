package io.customerlens.service;

import io.customerlens.importer.FileInspector;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.store.Database;

import java.time.Clock;

/** The import service over a test's store, wired as the app wires it, with the test's clock. */
public final class ImportServices {

    private ImportServices() {
    }

    public static ImportService over(Database database, Clock clock) {
        SourceOpener opener = new SourceOpener();
        return new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, clock), clock);
    }
}
