package io.customerlens.service.products;

import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.BcgRow;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.report.ProductsBcgCsv;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.store.Database;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 16, "a code with several names shows the most frequent name and says so", over two pharmacy exports
 * (no type, region or category column): code 236701 is sold as 阿莫西林胶囊 on three lines, as 阿莫西林胶囊 0.25g on
 * one and, in the later file, as 阿莫西林胶囊(新包装) on its latest line, the name the product table keeps.
 */
@OnEveryStore
class ProductNamesImportTest {

    private static final String HEADER = "单据日期,单据编号,客户编码,客户名称,商品编码,商品名称,数量,金额\n";
    private static final String MARCH = HEADER
            + "2024-03-02,XS001,KH01,仁和大药房,236701,阿莫西林胶囊,2,40.00\n"
            + "2024-03-09,XS002,KH02,康宁药店,236701,阿莫西林胶囊,1,20.00\n"
            + "2024-03-15,XS003,KH01,仁和大药房,236701,阿莫西林胶囊 0.25g,1,20.00\n"
            + "2024-03-20,XS004,KH02,康宁药店,100200,板蓝根颗粒,3,30.00\n";
    private static final String APRIL = HEADER
            + "2024-04-02,XS005,KH01,仁和大药房,236701,阿莫西林胶囊,1,20.00\n"
            + "2024-04-28,XS006,KH02,康宁药店,236701,阿莫西林胶囊(新包装),1,20.00\n";

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private Database database;
    private ImportService imports;
    private ProductService products;

    @BeforeEach
    void open() {
        database = store.open(folder.resolve("store"));
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener),
                new SpreadsheetImporter(opener, Clock.systemUTC()), Clock.systemUTC());
        products = new ProductService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long importText(String name, String text) throws IOException {
        Path file = Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
        return imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER).batchId();
    }

    private List<BcgRow> productRows() {
        return products.bcg(products.load(Optional.empty()), BcgOptions.of(BcgUnit.PRODUCT)).rows();
    }

    @Test
    void aCodeSoldUnderSeveralNamesShowsTheNameOfTheMostLinesAndCountsTheNames() throws IOException {
        importText("march.csv", MARCH);
        importText("april.csv", APRIL);

        // 阿莫西林胶囊: 2 lines in March + 1 in April = 3; 0.25g: 1; 新包装: 1 (the latest, yet not shown).
        assertThat(productRows()).extracting(BcgRow::key, BcgRow::label, BcgRow::nameCount)
                .containsExactlyInAnyOrder(tuple("236701", "阿莫西林胶囊", 3), tuple("100200", "板蓝根颗粒", 1));
    }

    @Test
    void undoingAnImportTakesItsNamesWithIt() throws IOException {
        long march = importText("march.csv", MARCH);
        importText("april.csv", APRIL);

        imports.undo(march).orElseThrow();

        // Only April is left: one line each for 阿莫西林胶囊 and 新包装, a tie the latest name wins.
        assertThat(productRows()).extracting(BcgRow::key, BcgRow::label, BcgRow::nameCount)
                .containsExactly(tuple("236701", "阿莫西林胶囊(新包装)", 2));
    }

    @Test
    void theExportNamesEachUnitByItsShownName() throws IOException {
        importText("march.csv", MARCH);

        Path csv = new ProductsBcgCsv().write(folder,
                products.bcg(products.load(Optional.empty()), BcgOptions.of(BcgUnit.PRODUCT)));

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).endsWith("unit,name,current_sales,previous_sales,growth,quadrant");
        assertThat(lines).anyMatch(line -> line.startsWith("236701,阿莫西林胶囊,"));
    }
}
