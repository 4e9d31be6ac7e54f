package io.customerlens.ui.card;

import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A store with fixtures/ui/card-sales.csv imported (as of 2024-06-30, the last line) and the real card and
 * follow-up services over it, on 2024-07-01. Hand-counted for K001 老王杂货店: 9 lines, 7 orders (SO-101 …
 * SO-108 without the return SO-106), net 1,750.00 (200 + 200 + 100 + 300 + 150 + 250 − 50 + 400 + 200),
 * average order 250.00, first purchase 2023-01-10, last 2024-02-10, 141 days and 4 idle months to 2024-06-30,
 * one return line of −50.00; gaps 2023-04…06 (3 months), 2023-09…12 (4) and 2024-03…06 (4, ongoing).
 */
final class CardFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2024-07-01T09:00:00Z");
    static final String FIXTURE = "src/test/resources/fixtures/ui/card-sales.csv";

    final Database database;
    final FollowUpService followUps;
    final CustomerCardService cards;

    CardFixture(Path folder) throws IOException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        database = Database.open(folder);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()),
                clock);
        importInto(imports);
        LapseService lapse = new LapseService(database, RankingSelector.DEFAULT);
        SegmentService segments = new SegmentService(database);
        followUps = new FollowUpService(database, lapse, segments, clock);
        cards = new CustomerCardService(database, lapse, segments, followUps::historyOf);
    }

    /** Imports the fixture through the real importer, as the app does. */
    static void importInto(ImportService imports) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        Path file = Path.of(FIXTURE).toAbsolutePath();
        ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }

    @Override
    public void close() {
        database.close();
    }
}
