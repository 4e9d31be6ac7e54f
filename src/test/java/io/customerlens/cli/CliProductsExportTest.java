package io.customerlens.cli;

import io.customerlens.app.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --out DIR} over fixtures/cli/products.csv, as of its last line 2024-06-30: current period
 * 2023-07 … 2024-06, previous 2022-07 … 2023-06. By sub-category, previous → current:
 * 水 100 → 200 (growth 1), 碳酸饮料 200 → 180 (−0.1), 膨化食品 100 → 0 (discontinued), 果汁 100 → 30 (−0.7),
 * 饼干 0 → 80 (new: 120 and a return of −40). Totals 500 → 490: growth −0.02; mean current of the four selling
 * (490 / 4) 122.5. So 水 star, 碳酸饮料 cash cow (−0.1 &lt; −0.02, 180 ≥ 122.5), 饼干 question mark, 果汁 dog.
 * By category: 饮料 400 → 410 (0.025), 零食 100 → 80 (−0.2); mean 245: 饮料 star, 零食 dog.
 */
class CliProductsExportTest {

    private static final String BY_SUB_CATEGORY = """
            \uFEFFunit,name,current_sales,previous_sales,growth,quadrant\r
            水,水,200.00,100.00,1,star\r
            碳酸饮料,碳酸饮料,180.00,200.00,-0.1,cash_cow\r
            饼干,饼干,80.00,0.00,,question_mark\r
            果汁,果汁,30.00,100.00,-0.7,dog\r
            膨化食品,膨化食品,0.00,100.00,-1,discontinued\r
            """;

    /*
     * Net sales growth: mom against the month before, yoy against the same month a year before; empty before the
     * first month (2022-08) and from a month with no sales. 2024-01: 120 − 40 = 80 against December's 120 = −1/3;
     * 2024-03: 50 against 2023-03's 200 = −0.75; 2024-06: 60 against May's 30 = 1 and 2023-06's 100 = −0.4.
     */
    private static final String KPI_MONTHLY = """
            \uFEFFmonth,net_sales,quantity,orders,active_customers,avg_order_value,gross_margin,mom,yoy\r
            2022-08,100.00,10,1,1,100.00,20.00,,\r
            2022-09,0.00,0,0,0,,0.00,-1,\r
            2022-10,0.00,0,0,0,,0.00,,\r
            2022-11,0.00,0,0,0,,0.00,,\r
            2022-12,0.00,0,0,0,,0.00,,\r
            2023-01,0.00,0,0,0,,0.00,,\r
            2023-02,0.00,0,0,0,,0.00,,\r
            2023-03,200.00,5,1,1,200.00,40.00,,\r
            2023-04,0.00,0,0,0,,0.00,-1,\r
            2023-05,100.00,4,1,1,100.00,30.00,,\r
            2023-06,100.00,8,1,1,100.00,25.00,0,\r
            2023-07,0.00,0,0,0,,0.00,-1,\r
            2023-08,150.00,20,1,1,150.00,30.00,,0.5\r
            2023-09,0.00,0,0,0,,0.00,-1,\r
            2023-10,0.00,0,0,0,,0.00,,\r
            2023-11,0.00,0,0,0,,0.00,,\r
            2023-12,120.00,4,1,1,120.00,24.00,,\r
            2024-01,80.00,4,1,1,80.00,16.00,-0.333333,\r
            2024-02,0.00,0,0,0,,0.00,-1,\r
            2024-03,50.00,5,1,1,50.00,10.00,,-0.75\r
            2024-04,0.00,0,0,0,,0.00,-1,\r
            2024-05,30.00,3,1,1,30.00,6.00,,-0.7\r
            2024-06,60.00,2,1,1,60.00,12.00,1,-0.4\r
            """;

    @TempDir
    Path temp;
    private Path db;
    private Path out;
    private CliRunner cli;

    /** Imports the fixture into a store of its own, as a user would before {@code analyze}. */
    @BeforeEach
    void importTheFixture() throws URISyntaxException {
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        db = temp.resolve("db");
        out = temp.resolve("out");
        CliRunner.Result imported = cli.run("import",
                Path.of(getClass().getResource("/fixtures/cli/products.csv").toURI()).toString(), "--db", db.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void analyzeWritesTheBcgBySubCategoryAndTheMonthlyFigures() throws IOException {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", out.toString());

        assertThat(analyzed.exitCode()).isZero();
        assertThat(analyzed.out()).endsWith("Also wrote products_bcg.csv (BCG by sub_category) and kpi_monthly.csv\n");
        assertThat(read("products_bcg.csv")).isEqualTo(BY_SUB_CATEGORY);
        assertThat(read("kpi_monthly.csv")).isEqualTo(KPI_MONTHLY);
    }

    @Test
    void theBcgUnitCanBeChosen() throws IOException {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", out.toString(),
                "--bcg-unit", "category");

        assertThat(analyzed.exitCode()).isZero();
        assertThat(read("products_bcg.csv")).isEqualTo("""
                \uFEFFunit,name,current_sales,previous_sales,growth,quadrant\r
                饮料,饮料,410.00,400.00,0.025,star\r
                零食,零食,80.00,100.00,-0.2,dog\r
                """);
    }

    @Test
    void productsAreTheirCodes() throws IOException {
        assertThat(cli.run("analyze", "--db", db.toString(), "--out", out.toString(), "--bcg-unit", "product")
                .exitCode()).isZero();

        assertThat(read("products_bcg.csv")).startsWith("\uFEFFunit,name,current_sales,previous_sales,growth,quadrant\r\n"
                + "P01,矿泉水,200.00,100.00,1,star\r\n");
    }

    @Test
    void anUnknownBcgUnitIsAUsageErrorNamingTheChoices() {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", out.toString(),
                "--bcg-unit", "brand");

        assertThat(analyzed.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(analyzed.err()).contains("brand is not one of: product, category, sub_category");
    }

    private String read(String file) throws IOException {
        return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    }
}
