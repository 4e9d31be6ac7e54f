package io.customerlens.service.card;

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

/**
 * A store in a folder with fixtures/card/card-sales.csv imported: 130 lines, as of 2025-06-20. Worked out by hand:
 * <ul>
 * <li>KH100 (上海浦东新区张江高科技园区好又多连锁超市有限公司第一分店, 超市, 华东, 上海, 王芳) buys on the 10th of
 *     2023-01..06, 2023-11..2024-12, 2025-02 and 03 (22 orders): P01 康师傅红烧牛肉面 (方便食品) 100.00 every time,
 *     P02 农夫山泉 (饮料) 60.00 from 2024-06, P03 可口可乐 (饮料) 40.00 in 2025 only; returns 50.00 of P01 on
 *     2024-08-20. Net 2,770.00 (P01 2,150, P02 540, P03 80), margin 581.00, average order 125.91, last purchase
 *     2025-03-10: 102 days, 3 idle months, lapsed (N = 3). Gaps 2023-07..10 (4, lapse), 2025-01 (1),
 *     2025-04..06 (3, open lapse). Median of its 21 intervals: 31 days, next due 2025-04-10, 71 days overdue.
 *     This year to date 400.00 (2025-01-01..06-20) against 660.00 (2024-01-01..06-20): −39.4 %.</li>
 * <li>KH200..KH289: one purchase each on the 15th of a month of 2024, 1,000.00 + 10 × i: all lapsed.</li>
 * <li>KH300 (老李批发部) buys 500.00 on the 20th of every month 2025-01..06; its last line sets the as-of date.</li>
 * </ul>
 */
public final class CardFixture implements AutoCloseable {

    public static final String CUSTOMER = "KH100";
    public static final String NAME = "上海浦东新区张江高科技园区好又多连锁超市有限公司第一分店";

    private final Database database;
    private final LapseService lapses;
    private final SegmentService segments;

    private final ImportService imports;

    /** The fixture in an H2 store. */
    public CardFixture(Path folder) throws IOException {
        this(TestStore.h2(), folder);
    }

    public CardFixture(TestStore store, Path folder) throws IOException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, Clock.systemUTC()),
                Clock.systemUTC());
        importFile(salesFile());
        lapses = new LapseService(database, RankingSelector.DEFAULT);
        segments = new SegmentService(database);
    }

    /** Imports one more sales file into the fixture's store. */
    public void importFile(Path file) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }

    public static Path salesFile() {
        try {
            return Path.of(CardFixture.class.getResource("/fixtures/card/card-sales.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public CustomerCardService cards(CustomerTasks tasks) {
        return new CustomerCardService(database, lapses, segments, tasks);
    }

    public PrintedLists lists() {
        return new PrintedLists(lapses, segments, null);
    }

    @Override
    public void close() {
        database.close();
    }
}
