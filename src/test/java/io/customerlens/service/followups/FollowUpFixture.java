package io.customerlens.service.followups;

import io.customerlens.store.server.TestStore;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A store with followups-history.csv imported, as of 2024-06-30, and the service on Monday 2024-07-01:
 * F001 bought 1000 on the 10th of each month 2023-01 … 2024-02 (lapsed, 4 idle months), F002 500 on the 15th
 * 2023-01 … 2024-03 (lapsed, 3), F003 2000 on the 5th 2023-01 … 2024-06 (the strategic account, never
 * contacted), F004 one order of 300 on 2024-05-20 (41 days ago), F005 100 a month to 2024-06-30 (a key account by
 * score: twelve steady orders and doubled sales outweigh its small amount; never contacted).
 */
final class FollowUpFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");

    final Database database;
    final ImportService imports;
    final FollowUpService service;

    FollowUpFixture(TestStore store, Path folder) throws IOException {
        this(store, folder, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    FollowUpFixture(TestStore store, Path folder, Clock clock) throws IOException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()), clock);
        SegmentService segments = new SegmentService(database);
        service = new FollowUpService(database, new LapseService(database, RankingSelector.DEFAULT), segments, clock);
        importFixture("followups-history.csv");
    }

    void importFixture(String name) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(fixture(name), options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }

    static Path fixture(String name) {
        try {
            return Path.of(FollowUpFixture.class.getResource("/fixtures/followups/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
