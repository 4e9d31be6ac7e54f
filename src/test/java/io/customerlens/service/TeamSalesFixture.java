package io.customerlens.service;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.store.Database;
import io.customerlens.store.server.TestStore;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A store with fixtures/team/team-sales.csv imported (a whole team's export, 业务员 column) and the services over
 * one shared snapshot, as the app builds them. 张伟 has C01 甲商行 (食品 500 a month 2024-01-28 … 06-28), C02 乙超市
 * (饮料 200 a month 2023-11 … 2024-02-15: 4 idle months) and C03 丙便利店 (食品 200 on 2024-01-20, 饮料 100 on
 * 03-20: 3 idle months); 李娜 has C04 丁商贸 (日用 600 on 04-30, 05-30, 06-30 and 饮料 300 on 06-30) and C05 戊批发部
 * (饮料 400 on 2023-12-05, 日用 250 on 2024-01-05: 5 idle months).
 */
public final class TeamSalesFixture implements AutoCloseable {

    public final Database database;
    public final AnalysisSnapshots snapshots;
    public final LapseService lapses;
    public final SegmentService segments;
    public final ProductService products;
    public final CustomerService customers;

    public TeamSalesFixture(TestStore store, Path folder) throws IOException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener),
                new SpreadsheetImporter(opener, Clock.systemUTC()), Clock.systemUTC());
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(fixture(), options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        snapshots = new AnalysisSnapshots(database);
        segments = new SegmentService(snapshots);
        lapses = new LapseService(snapshots, RankingSelector.DEFAULT);
        products = new ProductService(snapshots);
        customers = new CustomerService(snapshots, new CustomerAnalysis(), segments, lapses);
    }

    public static Path fixture() {
        try {
            return Path.of(TeamSalesFixture.class.getResource("/fixtures/team/team-sales.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
