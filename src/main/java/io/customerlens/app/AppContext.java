package io.customerlens.app;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.CustomerService;
import io.customerlens.service.ExportService;
import io.customerlens.service.ImportService;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;

import java.nio.file.Path;
import java.time.Clock;

/** The one place where the application's objects are built and wired, over one data folder. */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final ImportService importService;
    private final CustomerService customerService;
    private final LapseService lapseService;
    private final SegmentService segmentService;
    private final ExportService exportService;

    /** Opens (and migrates) the store in {@code dataFolder}; close the context to close the store. */
    public AppContext(Path dataFolder) {
        this.database = Database.open(dataFolder);
        SourceOpener opener = new SourceOpener();
        this.importService = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener),
                Clock.systemUTC());
        this.segmentService = new SegmentService(database);
        this.customerService = new CustomerService(database, new CustomerAnalysis(), segmentService);
        this.lapseService = new LapseService(database, RankingSelector.DEFAULT);
        this.exportService = new ExportService(database, customerService, lapseService, segmentService);
    }

    public ImportService importService() {
        return importService;
    }

    public CustomerService customerService() {
        return customerService;
    }

    public LapseService lapseService() {
        return lapseService;
    }

    public ExportService exportService() {
        return exportService;
    }

    public SegmentService segmentService() {
        return segmentService;
    }

    @Override
    public void close() {
        database.close();
    }
}
