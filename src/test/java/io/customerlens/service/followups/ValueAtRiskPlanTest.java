package io.customerlens.service.followups;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.followups.GenerationOptions;
import io.customerlens.analysis.followups.PlannedTask;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.RiskReason;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.importer.ImportPlan;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportServices;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up plan ranks by value at risk (docs/definitions.md, "Value at risk", "Generation"): on a mixed store the
 * top of the call list used to be a customer who bought once, long ago, for a large amount; now that one-off buyer
 * falls down and a good customer who is slipping now rises. Service level: a CSV shaped like a distributor's export is
 * written by {@link MixedStore}, imported as the app imports it, and the plan is previewed on Monday 2024-07-01.
 */
@OnEveryStore
class ValueAtRiskPlanTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;

    /**
     * The two customers of the issue, by hand (as-of date Friday 2024-06-28, lapse window 3 months):
     * <pre>
     * customer  history                                   reason   detail  monthly amount at stake
     * KH900     one order of 48,000 on 2023-08-25          lapsed   10      48,000 (one month: first = last)
     * KH901     ~3,600 every 14 days 2021-07 … 2024-05-20  at risk  25      about 7,700 (12 months to May 2024)
     * </pre>
     * KH900: idle months = mi(2024-06) − mi(2023-08) = 10, lapsed (≥ 3) and still called (≤ 12). KH901: idle months 1,
     * so not lapsed; next due 2024-05-20 + 14 = 2024-06-03, 25 days overdue ≥ max(7, 14 / 2): at risk, silent 39 days,
     * 2.8 × its usual 14.
     * <p>
     * Two seeds of the same store, one for each ranking the learning can choose (docs/definitions.md, "Checks and the
     * ranking rule"): with seed 3 the learned model beat longest-silent-first at its checks and its probabilities are
     * shown; with seed 1 it did not, and recency's calibrated probabilities are shown. Either way a chance is
     * known and the plan ranks by value at risk. Seed 6 is a store whose BG/NBD fit lands at the edge of its
     * parameter space (r in the millions), where the expected-purchases series does not converge: the value there
     * comes from the documented approximation, and the plan still stands. (Observed rankings; should a change to the
     * learning flip one, pick another seed so that both stay covered.)
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({"1, RECENCY", "3, MODEL", "6, RECENCY"})
    void aGoodCustomerSlippingNowOutranksALongGoneOneOffBuyerWhoseMonthlyAmountIsLarger(long seed,
                                                                                     LapseRisk.Ranking ranking)
            throws IOException {
        Path csv = MixedStore.write(folder.resolve("sales-2021-2024.csv"), seed);
        Clock clock = Clock.fixed(FollowUpFixture.NOW, ZoneOffset.UTC);
        try (Database database = store.open(folder.resolve("store"))) {
            importCsv(ImportServices.over(database, clock), csv);
            LapseService lapses = new LapseService(database, RankingSelector.DEFAULT);
            FollowUpService service = new FollowUpService(database, lapses, new SegmentService(database), clock);

            GenerationPreview preview = service.preview(GenerationOptions.defaults());
            LapseReport report = lapses.analyse(lapses.load(Optional.empty()), LapseWindow.DEFAULT);
            Map<String, LapseRow> rows = report.customers().stream()
                    .collect(Collectors.toMap(LapseRow::key, Function.identity()));
            Map<String, PlannedTask> planned = preview.plan().tasks().stream()
                    .collect(Collectors.toMap(PlannedTask::customerKey, Function.identity()));
            printFigures(preview, rows);

            assertThat(preview.plan().asOf()).isEqualTo(MixedStore.AS_OF);
            // The store is large enough for both models: a chance is learned (≥ 20 examples of either outcome) and the
            // value fits are reliable (≥ 10 customers), so nobody's value at stake is the fallback.
            assertThat(report.risk().fallback()).isNotEqualTo(Optional.of(LapseRisk.Fallback.TOO_LITTLE_HISTORY));
            assertThat(report.risk().ranking()).isEqualTo(ranking);
            assertThat(preview.risk().ranking()).isEqualTo(ranking);
            assertThat(report.risk().trainingExamples()).isGreaterThanOrEqualTo(40);

            // Both are candidates, for the reasons worked out above.
            record Expected(String key, FollowUpReason reason, int detail) {
            }
            for (Expected expected : List.of(new Expected(MixedStore.ONE_OFF, FollowUpReason.LAPSED, 10),
                    new Expected(MixedStore.SLIPPING, FollowUpReason.AT_RISK, 25))) {
                assertThat(planned).as(expected.key()).containsKey(expected.key());
                PlannedTask task = planned.get(expected.key());
                assertThat(task.reason()).as(expected.key()).isEqualTo(expected.reason());
                assertThat(task.detail()).as(expected.key()).isEqualTo(expected.detail());
                // Both values at risk are known, and they are what the plan ranks by.
                BigDecimal valueAtRisk = rows.get(expected.key()).valueAtRisk();
                assertThat(valueAtRisk).as(expected.key()).isNotNull();
                assertThat(task.valueAtStake()).as(expected.key()).isEqualByComparingTo(valueAtRisk);
            }
            PlannedTask oneOff = planned.get(MixedStore.ONE_OFF);
            PlannedTask slipping = planned.get(MixedStore.SLIPPING);

            // The old rule (monthly amount at stake) would have put the one-off buyer first: 48,000 against ~7,700.
            BigDecimal oneOffMonthly = rows.get(MixedStore.ONE_OFF).lapse().monthlyAmountAtStake();
            BigDecimal slippingMonthly = rows.get(MixedStore.SLIPPING).lapse().monthlyAmountAtStake();
            assertThat(oneOffMonthly).isEqualByComparingTo("48000");
            assertThat(oneOffMonthly).isGreaterThan(slippingMonthly.multiply(BigDecimal.valueOf(5)));

            // Ranked the old way, by the monthly amount at stake (key-account reviews last, as ever), the one-off
            // buyer headed the whole call list.
            List<String> oldOrder = preview.plan().tasks().stream()
                    .filter(task -> task.reason() != FollowUpReason.KEY_ACCOUNT_REVIEW)
                    .sorted(Comparator.comparing((PlannedTask task) -> rows.get(task.customerKey()).lapse()
                            .monthlyAmountAtStake()).reversed())
                    .map(PlannedTask::customerKey).toList();
            System.out.printf("old rule: %s first, %s #%d of %d%n", oldOrder.getFirst(), MixedStore.SLIPPING,
                    oldOrder.indexOf(MixedStore.SLIPPING) + 1, oldOrder.size());
            assertThat(oldOrder.getFirst()).isEqualTo(MixedStore.ONE_OFF);
            assertThat(oldOrder.indexOf(MixedStore.SLIPPING)).isPositive();

            // Value at risk turns it round: the slipping customer is called before the one-off buyer, among the
            // high-priority calls (top third), and the one-off buyer falls out of them (rank 41 of 50 and 25 of 41).
            assertThat(slipping.rank()).isLessThan(oneOff.rank());
            assertThat(slipping.valueAtStake()).isGreaterThan(oneOff.valueAtStake());
            assertThat(slipping.priority()).isEqualTo(1);
            assertThat(oneOff.priority()).isGreaterThan(1);
            // Why: the one-off buyer is likelier gone, but a year of it while active is worth little (BG/NBD's rate
            // r / (α + T) for x = 0 after ~300 days, × the population's spend), the regular's a great deal.
            CustomerRisk oneOffRisk = preview.riskOf(MixedStore.ONE_OFF);
            CustomerRisk slippingRisk = preview.riskOf(MixedStore.SLIPPING);
            assertThat(oneOffRisk.probability()).isGreaterThan(slippingRisk.probability());
            assertThat(rows.get(MixedStore.SLIPPING).value().activeValue12m())
                    .isGreaterThan(5 * rows.get(MixedStore.ONE_OFF).value().activeValue12m());

            // The preview names the silence against the usual interval: usual 14 days, silent 39.
            assertThat(slippingRisk.reasons()).extracting(RiskReason::kind).contains(RiskReason.Kind.SILENT_VS_USUAL);
            RiskReason silent = slippingRisk.reasons().stream()
                    .filter(reason -> reason.kind() == RiskReason.Kind.SILENT_VS_USUAL).findFirst().orElseThrow();
            assertThat(silent.first()).isEqualTo(14.0);
            assertThat(silent.second()).isEqualTo(39.0);
        }
    }

    /**
     * The small store of {@link FollowUpFixture} (5 customers, 18 months): fewer than 20 examples of either outcome, so
     * no chance is learned, and fewer than 10 customers to fit the value models on; every value at risk is unknown and
     * the plan keeps the monthly amount at stake (FollowUpServiceTest pins those figures: 1000, 500, 300, 2000, 100).
     */
    @Test
    void aSmallStoreKeepsTheMonthlyAmountAtStake() throws IOException {
        try (FollowUpFixture fixture = new FollowUpFixture(store, folder)) {
            LapseService lapses = new LapseService(fixture.database, RankingSelector.DEFAULT);
            LapseReport report = lapses.analyse(lapses.load(Optional.empty()), LapseWindow.DEFAULT);
            GenerationPreview preview = fixture.service.preview(GenerationOptions.defaults());

            assertThat(report.risk().fallback()).contains(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
            assertThat(preview.risk().fallback()).contains(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
            // Five customers are too few for reliable value fits as well: no value for anyone.
            assertThat(lapses.values(report.asOf())).isEmpty();
            assertThat(report.customers()).hasSize(5).allSatisfy(row -> {
                assertThat(row.valueAtRisk()).as(row.key()).isNull();
                assertThat(row.risk().known()).as(row.key()).isFalse();
                assertThat(row.value()).as(row.key()).isNull();
            });
            Map<String, LapseRow> rows = report.customers().stream()
                    .collect(Collectors.toMap(LapseRow::key, Function.identity()));
            assertThat(preview.plan().tasks()).hasSize(5).allSatisfy(task -> assertThat(task.valueAtStake())
                    .as(task.customerKey())
                    .isEqualByComparingTo(rows.get(task.customerKey()).lapse().monthlyAmountAtStake()));
        }
    }

    private static void importCsv(ImportService imports, Path csv) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        ImportPlan plan = imports.defaultPlan(imports.inspect(csv, options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }

    /** The figures the report quotes, on standard output (surefire keeps them in the test's output file). */
    private static void printFigures(GenerationPreview preview, Map<String, LapseRow> rows) {
        LapseRisk risk = preview.risk();
        System.out.printf("ranking %s, fallback %s, training cut-offs %d, examples %d, model AUC %.3f, recency AUC %.3f%n",
                risk.ranking(), risk.fallback(), risk.trainingCutoffs(), risk.trainingExamples(), risk.meanModelAuc(),
                risk.meanRecencyAuc());
        System.out.printf("customers %d, candidates planned %d, left for later %d%n", rows.size(),
                preview.plan().tasks().size(), preview.plan().leftForLater());
        for (PlannedTask task : preview.plan().tasks().subList(0, Math.min(12, preview.plan().tasks().size()))) {
            System.out.println("  " + describe(task, preview, rows.get(task.customerKey())));
        }
        for (String key : List.of(MixedStore.ONE_OFF, MixedStore.SLIPPING)) {
            preview.plan().tasks().stream().filter(task -> task.customerKey().equals(key)).findFirst()
                    .ifPresent(task -> System.out.println("* " + describe(task, preview, rows.get(key))));
        }
    }

    private static String describe(PlannedTask task, GenerationPreview preview, LapseRow row) {
        CustomerRisk risk = preview.riskOf(task.customerKey());
        return String.format("#%d %s %s %s p=%.3f (model %.3f) active=%.0f valueAtRisk=%s monthly=%s reasons=%s",
                task.rank(), task.customerKey(), task.reason(), task.detail(), risk.probability(), risk.modelProbability(),
                row.value() == null ? Double.NaN : row.value().activeValue12m(), row.valueAtRisk(),
                row.lapse().monthlyAmountAtStake().setScale(2, java.math.RoundingMode.HALF_UP), risk.reasons());
    }

    /**
     * A seeded distributor's sales export, 2021-07-01 … 2024-06-28, one line per product of an order, with the columns
     * of a real 销售明细 export (date, order number, customer code and name, type, region, salesperson, product code and
     * name, category, amount; returns as negative lines):
     * <ul>
     *   <li>60 regular shops (KH001–KH060) restocking every 10–45 days (±15 %), 1–3 products of 150–1,200 an order;
     *   most from the start, a quarter joining over the first two years; 40 % stop for good at a random day (some only
     *   after the data ends); 3 % of orders see a small return a few days later. KH001 never stops and orders on the
     *   as-of date, which fixes it.</li>
     *   <li>50 occasional shops (KH101–KH150) buying at random (exponential gaps, mean 70–150 days), 1–2 products of
     *   100–800; a fifth stop for good. Many three-month silences: the risk model sees plenty of both outcomes.</li>
     *   <li>15 one-off shops (KH201–KH215), one order of 1–2 products of 200–1,500 on a random day.</li>
     *   <li>KH900, the long-gone one-off buyer: one order of 48,000 (three lines) on 2023-08-25.</li>
     *   <li>KH901, the good customer slipping now: three products of 1,000–1,400 every 14 days from 2021-07-05 to
     *   2024-05-20, then nothing.</li>
     * </ul>
     */
    static final class MixedStore {
        static final LocalDate START = LocalDate.of(2021, 7, 1);
        static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);
        static final String ONE_OFF = "KH900";
        static final String SLIPPING = "KH901";

        private static final String HEADER = "单据日期,单据编号,客户编码,客户名称,客户类型,区域,业务员,商品编码,商品名称,类别,金额";
        private static final String[][] PRODUCTS = {
                {"P01", "康师傅红烧牛肉面 24袋装", "方便食品"}, {"P02", "统一老坛酸菜面 24袋装", "方便食品"},
                {"P03", "农夫山泉 550ml×24", "饮料"}, {"P04", "可口可乐 330ml×24", "饮料"},
                {"P05", "王老吉 310ml×24", "饮料"}, {"P06", "乐事薯片 70g×20", "零食"},
                {"P07", "旺旺雪饼 520g×10", "零食"}, {"P08", "奥利奥 97g×24", "零食"},
                {"P09", "立白洗衣液 2kg×6", "日化"}, {"P10", "维达抽纸 3层×48", "日化"},
                {"P11", "海天酱油 1.9L×6", "调味品"}, {"P12", "金龙鱼调和油 5L×4", "调味品"}};
        private static final String[] TYPES = {"超市", "便利店", "批发部"};
        private static final String[] REGIONS = {"华东", "华北", "华南"};
        private static final String[] SALESPEOPLE = {"王强", "李娜", "张伟"};

        private MixedStore() {
        }

        private record Line(LocalDate date, String order, String customer, String name, String type, String region,
                            String salesperson, int product, BigDecimal amount) {
            String csv() {
                String[] p = PRODUCTS[product];
                return String.join(",", date.toString(), order, customer, name, type, region, salesperson, p[0], p[1],
                        p[2], amount.toPlainString());
            }
        }

        /** Writes the export (UTF-8, lines by date then order number) and returns its path. */
        static Path write(Path file, long seed) throws IOException {
            Random random = new Random(seed);
            List<Line> lines = new ArrayList<>();
            int span = (int) ChronoUnit.DAYS.between(START, AS_OF);
            for (int c = 1; c <= 60; c++) {
                Shop shop = Shop.random(String.format("KH%03d", c), "商行", random);
                LocalDate join = random.nextInt(4) == 0 ? START.plusDays(random.nextInt(730))
                        : START.plusDays(random.nextInt(30));
                double interval = 10 + random.nextInt(36);
                LocalDate stop = c > 1 && random.nextDouble() < 0.4
                        ? join.plusDays(90 + random.nextInt(Math.max(1, span + 365 - 90 - (int) ChronoUnit.DAYS.between(START, join))))
                        : LocalDate.MAX;
                double day = 0;
                for (LocalDate date = join; !date.isAfter(AS_OF) && date.isBefore(stop);
                     date = join.plusDays((long) day)) {
                    shop.order(lines, date, 1 + random.nextInt(3), 150, 1_200, random);
                    if (random.nextDouble() < 0.03) {
                        shop.returnLine(lines, date.plusDays(1 + random.nextInt(7)), random);
                    }
                    day += Math.max(3, interval * (1 + 0.15 * random.nextGaussian()));
                }
                if (c == 1) {
                    shop.order(lines, AS_OF, 2, 150, 1_200, random);
                }
            }
            for (int c = 101; c <= 150; c++) {
                Shop shop = Shop.random(String.format("KH%03d", c), "小卖部", random);
                LocalDate join = START.plusDays(random.nextInt(730));
                double mean = 70 + random.nextInt(81);
                LocalDate stop = random.nextDouble() < 0.2 ? join.plusDays(90 + random.nextInt(900)) : LocalDate.MAX;
                for (LocalDate date = join; !date.isAfter(AS_OF) && date.isBefore(stop);
                     date = date.plusDays(Math.max(7, (long) (-mean * Math.log(1 - random.nextDouble()))))) {
                    shop.order(lines, date, 1 + random.nextInt(2), 100, 800, random);
                }
            }
            for (int c = 201; c <= 215; c++) {
                Shop shop = Shop.random(String.format("KH%03d", c), "便利店", random);
                shop.order(lines, START.plusDays(random.nextInt(span)), 1 + random.nextInt(2), 200, 1_500, random);
            }
            Shop oneOff = new Shop(ONE_OFF, "鸿运大酒店", "批发部", "华东", "王强");
            LocalDate bigOrder = LocalDate.of(2023, 8, 25);
            String order = oneOff.nextOrder(bigOrder);
            for (int[] productAmount : new int[][] {{11, 18_000}, {2, 16_500}, {3, 13_500}}) {
                lines.add(oneOff.line(bigOrder, order, productAmount[0], BigDecimal.valueOf(productAmount[1])));
            }
            Shop slipping = new Shop(SLIPPING, "好邻居连锁超市", "超市", "华东", "李娜");
            LocalDate lastOrder = LocalDate.of(2024, 5, 20);
            for (LocalDate date = lastOrder; !date.isBefore(START); date = date.minusDays(14)) {
                slipping.order(lines, date, 3, 1_000, 1_400, random);
            }
            lines.sort(Comparator.comparing(Line::date).thenComparing(Line::order));
            List<String> text = new ArrayList<>(lines.size() + 1);
            text.add(HEADER);
            lines.forEach(line -> text.add(line.csv()));
            return Files.write(file, text, StandardCharsets.UTF_8);
        }

        /** A shop's attributes; its orders are numbered by date (XS + yyyyMMdd + shop + serial). */
        private static final class Shop {
            private final String key;
            private final String name;
            private final String type;
            private final String region;
            private final String salesperson;
            private int serial;

            Shop(String key, String name, String type, String region, String salesperson) {
                this.key = key;
                this.name = name;
                this.type = type;
                this.region = region;
                this.salesperson = salesperson;
            }

            static Shop random(String key, String kind, Random random) {
                String region = REGIONS[random.nextInt(REGIONS.length)];
                return new Shop(key, region + key.substring(2) + "号" + kind, TYPES[random.nextInt(TYPES.length)],
                        region, SALESPEOPLE[random.nextInt(SALESPEOPLE.length)]);
            }

            String nextOrder(LocalDate date) {
                return "XS" + date.toString().replace("-", "") + key.substring(2) + (serial++ % 10);
            }

            Line line(LocalDate date, String order, int product, BigDecimal amount) {
                return new Line(date, order, key, name, type, region, salesperson, product, amount);
            }

            /** One order of {@code products} distinct products, each line a whole amount in [low, high). */
            void order(List<Line> lines, LocalDate date, int products, int low, int high, Random random) {
                String order = nextOrder(date);
                int first = random.nextInt(PRODUCTS.length);
                for (int p = 0; p < products; p++) {
                    lines.add(line(date, order, (first + p * 5) % PRODUCTS.length,
                            BigDecimal.valueOf(low + random.nextInt(high - low))));
                }
            }

            /** A small return of one product a few days after an order (never after the as-of date). */
            void returnLine(List<Line> lines, LocalDate date, Random random) {
                LocalDate day = date.isAfter(AS_OF) ? AS_OF : date;
                lines.add(line(day, "TH" + day.toString().replace("-", "") + key.substring(2), random.nextInt(PRODUCTS.length),
                        BigDecimal.valueOf(-(30 + random.nextInt(170)))));
            }
        }
    }
}
