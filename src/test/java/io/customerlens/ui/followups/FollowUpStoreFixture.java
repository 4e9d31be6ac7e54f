package io.customerlens.ui.followups;

import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.importer.FileInspector;
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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The real follow-up services over a store in a temporary folder with fixtures/followups/followups-history.csv
 * imported (sales up to 2024-06-30; F001 甲商行 lapsed 4 months, F002 lapsed 3, F003 the strategic account,
 * F004 one order, F005 a small key account), and a clock fixed on Monday 2024-07-01.
 */
public final class FollowUpStoreFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    public final Database database;
    final ImportService imports;
    final LapseService lapses;
    public final FollowUpService followUps;
    public final CustomerCardService cards;

    public FollowUpStoreFixture(Path folder) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC);
        database = Database.open(folder);
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()), clock);
        lapses = new LapseService(database, RankingSelector.DEFAULT);
        SegmentService segments = new SegmentService(database);
        followUps = new FollowUpService(database, lapses, segments, clock);
        cards = new CustomerCardService(database, lapses, segments, followUps::historyOf);
        load("followups-history.csv");
    }

    /** Imports a file of src/test/resources/fixtures/followups, as the user would. */
    void load(String name) throws IOException {
        Path file = Path.of("src/test/resources/fixtures/followups", name).toAbsolutePath();
        ImportOptions options = ImportOptions.defaults();
        imports.importFile(imports.defaultPlan(imports.inspect(file, options), options), ProgressListener.NONE,
                CancelSignal.NEVER);
    }

    @Override
    public void close() {
        database.close();
    }
}
