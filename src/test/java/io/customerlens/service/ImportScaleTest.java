package io.customerlens.service;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineFingerprint;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SalesLine;
import io.customerlens.importer.ColumnMapping;
import io.customerlens.importer.DateOrder;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.MappedColumn;
import io.customerlens.importer.ReadResult;
import io.customerlens.importer.SheetLayout;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store side of a 1,000,000-line import (no parsing: lines are generated), in the test JVM's 1 GB heap.
 * A measurement rather than a check, so it runs only on request:
 * {@code ./mvnw -o test -Dtest=ImportScaleTest -Dcustomerlens.scale=true}.
 */
@EnabledIfSystemProperty(named = "customerlens.scale", matches = "true")
class ImportScaleTest {

    private static final int LINES = Integer.getInteger("customerlens.scale.lines", 1_000_000);
    private static final int CUSTOMERS = 20_000;

    @TempDir
    Path folder;

    /** Generates lines one at a time, as the importer does, so the generator keeps nothing either. */
    private static SalesReader generated(int count) {
        return (plan, sink, progress, cancel) -> {
            SplittableRandom random = new SplittableRandom(7);
            LocalDate start = LocalDate.of(2022, 1, 1);
            for (int i = 0; i < count; i++) {
                cancel.throwIfCancelled();
                int customer = random.nextInt(CUSTOMERS);
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(1, 500_000), 2);
                SalesLine line = new SalesLine("C" + customer, start.plusDays(random.nextInt(1_000)), amount, false,
                        "SO-" + (i / 4), BigDecimal.valueOf(random.nextInt(1, 20)), amount, null, null,
                        new CustomerInfo("C" + customer, "门店" + customer, "零售", "华东", "浙江", "杭州", null, "直营",
                                "业务员" + customer % 40),
                        new ProductInfo("P" + random.nextInt(2_000), "商品", "类别", null));
                sink.accept(new ImportedLine(line, new LineFingerprint(random.nextLong(), i), "Sheet1", i + 2));
                if (i % 10_000 == 0) {
                    progress.progress(i, -1);
                }
            }
            return new ReadResult(count, count, Map.of(), List.of());
        };
    }

    @Test
    void aMillionLinesAreStoredAndThenRecognisedAsDuplicates() throws IOException {
        Path file = Files.writeString(folder.resolve("big.xlsx"), "stand-in");
        ColumnMapping mapping = ColumnMapping.empty().with(Field.DATE, new MappedColumn(0, "Date", 1))
                .with(Field.AMOUNT, new MappedColumn(1, "Amount", 1));
        ImportPlan plan = new ImportPlan(file, Optional.empty(), List.of(new SheetLayout("Sheet1", 1,
                List.of("Date", "Amount"))), mapping, DateOrder.YMD);
        try (Database database = Database.open(folder.resolve("db"))) {
            ImportService service = new ImportService(database, new FileInspector(new SourceOpener()),
                    generated(LINES), Clock.systemUTC());

            long started = System.nanoTime();
            ImportSummary first = service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
            double firstSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            ImportSummary again = service.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
            double againSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            int facts = new CustomerService(database, new CustomerAnalysis())
                    .overview(Optional.empty()).customers().size();
            double overviewSeconds = (System.nanoTime() - started) / 1e9;

            System.out.printf("store import: %,d lines in %.1f s = %,.0f lines/s; re-import (all duplicates) %.1f s;"
                            + " overview of %,d customers %.1f s; peak heap %,d MB of %,d MB%n",
                    first.imported(), firstSeconds, first.imported() / firstSeconds, againSeconds, facts,
                    overviewSeconds, peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
            assertThat(first.imported()).isEqualTo(LINES);
            assertThat(again.duplicatesStored()).isEqualTo(LINES);
            assertThat(again.imported()).isZero();
        }
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
    }
}
