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
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --out DIR --lapse-months N} over fixtures/cli/sales.csv (see {@link CliImportAnalyzeTest}),
 * as of 2024-05-15 with N = 2. Purchase days: KH001 01-05 and 03-15 (a return on 03-20 is no purchase),
 * KH002 02-10, KH003 04-01. Worked out by hand:
 * <ul>
 * <li>Gaps: KH001 Feb (1 month, closed) and Apr–May (2, open); KH002 Mar–May (3, open); KH003 May (1, open).</li>
 * <li>Idle months: KH001 2 and KH002 3, lapsed; KH003 1, not lapsed.</li>
 * <li>Cadence: the data's only interval is KH001's 70 days, the prior of all; due 05-24, 04-20, 06-10.</li>
 * <li>Movement Jan..May: active 1,1,1,1,0; new in Jan, Feb, Apr; lost when a gap reaches 2 months:
 *     KH002 in Apr, KH001 in May; nobody returned; base 1,2,2,2,1.</li>
 * </ul>
 */
class CliLapseExportTest {

    @TempDir
    Path temp;
    private Path db;
    private Path out;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws URISyntaxException {
        db = temp.resolve("db");
        out = temp.resolve("out");
        cli = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.ROOT);
        Path fixture = Path.of(getClass().getResource("/fixtures/cli/sales.csv").toURI());
        assertThat(cli.run("import", fixture.toString(), "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void analyzeWritesCustomersGapsAndMovementForTheWindow() throws IOException {
        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", out.toString(),
                "--lapse-months", "2", "--as-of", "2024-05-15");

        assertThat(analyzed.exitCode()).isZero();
        assertThat(analyzed.err()).isEmpty();
        assertThat(analyzed.out()).isEqualTo("Wrote 3 customers as of 2024-05-15, 2 of them lapsed (2 or more months"
                + " without a purchase), to customers.csv, gaps.csv and movement.csv in " + out + "\n"
                + "Also wrote products_bcg.csv (BCG by product) and kpi_monthly.csv\n");

        List<String> customers = lines("customers.csv");
        assertThat(customers.getFirst()).isEqualTo("\uFEFFcustomer_key,customer_name,first_purchase,last_purchase,"
                + "orders,net_amount,days_since_last,idle_months,lapsed,typical_interval_days,next_due,overdue_days,risk,"
                + "rfm_segment,r_score,f_score,m_score,value_tier,key_account_tier,lifecycle,p_lapse,value_12m,value_at_risk,"
                + "phone,contact_person,address,wechat");
        assertThat(customers).hasSize(4);
        assertThat(customers.get(1)).startsWith("KH001,好又多超市,2024-01-05,2024-03-15,2,420.50,61,2,true,70.0,2024-05-24,-9,lapsed,");
        assertThat(customers.get(2)).contains(",95,3,true,70.0,2024-04-20,25,lapsed,");
        assertThat(customers.get(3)).contains(",44,1,false,70.0,2024-06-10,-26,ok,");

        assertThat(lines("gaps.csv")).containsExactly(
                "\uFEFFcustomer_key,start_month,end_month,months,open",
                "KH001,2024-02,2024-02,1,false",
                "KH001,2024-04,2024-05,2,true",
                "KH002,2024-03,2024-05,3,true",
                "KH003,2024-05,2024-05,1,true");

        assertThat(lines("movement.csv")).containsExactly(
                "\uFEFFmonth,active,new,lost,returned,base",
                "2024-01,1,1,0,0,1",
                "2024-02,1,1,0,0,2",
                "2024-03,1,0,0,0,2",
                "2024-04,1,1,1,0,2",
                "2024-05,0,0,1,0,1");
        assertThat(Files.readString(out.resolve("movement.csv"), StandardCharsets.UTF_8)).endsWith("2024-05,0,0,1,0,1\r\n");
        try (var files = Files.list(out)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("customers.csv", "gaps.csv", "movement.csv", "products_bcg.csv",
                            "kpi_monthly.csv", "followups.csv");
        }
    }

    @Test
    void theWindowChangesLapsedAndMovementButNotTheGaps() throws IOException {
        cli.run("analyze", "--db", db.toString(), "--out", out.toString(), "--lapse-months", "2", "--as-of", "2024-05-15");
        List<String> gapsForTwo = lines("gaps.csv");

        CliRunner.Result analyzed = cli.run("analyze", "--db", db.toString(), "--out", out.toString(),
                "--lapse-months", "3", "--as-of", "2024-05-15");

        assertThat(analyzed.out()).contains(" 1 of them lapsed (3 or more months");
        assertThat(lines("gaps.csv")).isEqualTo(gapsForTwo);
        assertThat(lines("customers.csv").get(1)).contains(",2,false,70.0,2024-05-24,-9,ok,");
        assertThat(lines("movement.csv")).contains("2024-04,1,1,0,0,3", "2024-05,0,0,1,0,2");
    }

    @Test
    void aLapseWindowOutsideOneToTwentyFourFailsWithExitCodeTwoAndWritesNothing() {
        CliRunner.Result zero = cli.run("analyze", "--db", db.toString(), "--out", out.toString(), "--lapse-months", "0");
        CliRunner.Result tooMany = cli.run("analyze", "--db", db.toString(), "--out", out.toString(), "--lapse-months", "25");

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).isEqualTo("customerlens analyze: --lapse-months must be from 1 to 24, got 0\n");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).isEqualTo("customerlens analyze: --lapse-months must be from 1 to 24, got 25\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void theSummaryIsInChineseToo() {
        CliRunner chinese = new CliRunner(Main.storeSessions(), temp.resolve("default-db"), Locale.SIMPLIFIED_CHINESE);

        CliRunner.Result analyzed = chinese.run("analyze", "--db", db.toString(), "--out", out.toString(),
                "--lapse-months", "2", "--as-of", "2024-05-15");

        assertThat(analyzed.out()).isEqualTo("已把截至 2024-05-15 的 3 个客户（其中 2 个已流失，即连续 2 个月或更久未进货）写入 "
                + out + " 中的 customers.csv、gaps.csv 和 movement.csv\n"
                + "另已写入 products_bcg.csv（BCG 按product）和 kpi_monthly.csv\n");
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
    }
}
