package io.customerlens.report;

import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.RiskReason;
import io.customerlens.analysis.risk.RiskReason.Kind;
import io.customerlens.analysis.risk.ValidationCheck;
import io.customerlens.i18n.MessageBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk in the user's words: each reason's sentence, the chance and what the list is sorted by. */
class RiskWordsTest {

    private static final RiskWords ENGLISH = new RiskWords(MessageBundle.forLocale(Locale.ENGLISH));
    private static final RiskWords CHINESE = new RiskWords(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE));

    /** first, second: the figures the sentence names; the ratio is second ÷ first with one decimal (64 / 21 = 3.0). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SILENT_VS_USUAL   | 21    | 64   | orders every 21 days, silent for 64 (3.0× usual)                 | 平均每 21 天进货一次，已 64 天未进货（通常的 3.0 倍）",
            "SILENT            | 200   | NaN  | one purchase day only, silent for 200 days                        | 只有一天进过货，已 200 天未进货",
            "ORDERS_DOWN       | 12    | 4    | orders down from 12 to 4 (last half-year against the one before)  | 近半年订单从 12 笔降到 4 笔（与之前半年相比）",
            "NET_DOWN          | 6207  | 4850 | net amount down from 6,207 to 4,850 (last half-year against the one before) | 近半年净额从 6,207 降到 4,850（与之前半年相比）",
            "FEW_ORDERS        | 1     | NaN  | only one order so far                                             | 至今仅 1 笔订单",
            "FEW_ORDERS        | 2     | NaN  | only 2 orders so far                                              | 至今仅 2 笔订单",
            "FEW_ACTIVE_MONTHS | 0     | NaN  | no purchase in the last 12 months                                 | 近 12 个月没有进货",
            "FEW_ACTIVE_MONTHS | 2     | NaN  | bought in only 2 of the last 12 months                            | 近 12 个月仅 2 个月有进货",
            "NARROW_RANGE      | 1     | NaN  | one product only in the last half-year                            | 近半年只进了 1 种商品",
            "RETURNS           | 0.25  | NaN  | returned 25.0% of what was bought in the last 12 months             | 近 12 个月退货占进货的 25.0%",
            "IRREGULAR         | 0.8   | NaN  | orders at uneven intervals                                        | 进货间隔不规律",
            "NEW_CUSTOMER      | 45    | NaN  | a customer for 45 days only                                       | 成为客户仅 45 天"})
    void eachReasonIsASentenceInBothLanguages(Kind kind, double first, double second, String english, String chinese) {
        RiskReason reason = new RiskReason(kind, first, second);

        assertThat(ENGLISH.reason(reason)).isEqualTo(english);
        assertThat(CHINESE.reason(reason)).isEqualTo(chinese);
    }

    @Test
    void reasonsAreJoinedInTheLanguagesOwnWay() {
        List<RiskReason> reasons = List.of(new RiskReason(Kind.SILENT_VS_USUAL, 21, 64), RiskReason.of(Kind.IRREGULAR, 1));

        assertThat(ENGLISH.reasons(reasons)).isEqualTo("orders every 21 days, silent for 64 (3.0× usual); orders at uneven intervals");
        assertThat(CHINESE.reasons(reasons)).isEqualTo("平均每 21 天进货一次，已 64 天未进货（通常的 3.0 倍）；进货间隔不规律");
        assertThat(ENGLISH.reasons(List.of())).isEmpty();
    }

    /**
     * Issue 16 item 5: a chance is a percentage like every other, with one decimal (ReadingFormat), on the Lapse and
     * Customers columns, the card, the side panel, task reasons, the printed sheets and the CLI; unknown is a dash.
     */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "en; 0.724; 72.4%",
            "en; 0.72; 72.0%",
            "zh-CN; 0.055; 5.5%",
            "zh-CN; 0.0004; 0.0%",
            "en; 1; 100.0%",
            "en; 0.99951; 100.0%",
            "en; NaN; —",
            "zh-CN; NaN; —",
    })
    void aChanceHasOneDecimalAndUnknownIsADash(String language, double probability, String expected) {
        RiskWords words = language.equals("en") ? ENGLISH : CHINESE;

        assertThat(words.probability(probability)).isEqualTo(expected);
    }

    @Test
    void aChanceWithItsReasonsReadsTheSameOneDecimal() {
        // The words need only the chance and the reasons, not the facts they were computed from.
        CustomerRisk risk = new CustomerRisk("KH001", 0.724, 0.724, null,
                List.of(new RiskReason(Kind.SILENT_VS_USUAL, 21, 64)));

        assertThat(ENGLISH.chanceWithReasons(risk, 3)).isEqualTo(
                "72.4% chance of no order in 3 months: orders every 21 days, silent for 64 (3.0× usual)");
        assertThat(CHINESE.chanceWithReasons(risk, 3)).isEqualTo(
                "未来 3 个月不进货概率 72.4%：平均每 21 天进货一次，已 64 天未进货（通常的 3.0 倍）");
    }

    @Test
    void theHeaderSaysWhatTheListIsSortedByAndWhy() {
        List<ValidationCheck> checks = List.of(new ValidationCheck(LocalDate.of(2025, 9, 30), 100, 0.8, 0.7),
                new ValidationCheck(LocalDate.of(2025, 8, 31), 100, 0.76, 0.7),
                new ValidationCheck(LocalDate.of(2025, 7, 31), 100, Double.NaN, Double.NaN));
        LapseRisk model = new LapseRisk(LocalDate.of(2025, 12, 31), 3, LapseRisk.Ranking.MODEL, Optional.empty(), checks,
                0.1, 0.1, List.of(), 10, 1000, Map.of());
        LapseRisk notBetter = new LapseRisk(LocalDate.of(2025, 12, 31), 3, LapseRisk.Ranking.RECENCY,
                Optional.of(LapseRisk.Fallback.NOT_BETTER_THAN_RECENCY), checks, 0.1, 0.1, List.of(), 10, 1000, Map.of());

        // two defined checks; mean AUCs (0.8 + 0.76) / 2 = 0.78 and 0.70
        assertThat(ENGLISH.ranking(model)).isEqualTo("Sorted by value at risk. The chance of no order in the next 3 "
                + "months is learned from your own sales history: at each of 2 earlier checks it beat \"longest silent "
                + "first\" (ROC AUC 0.78 against 0.70).");
        assertThat(ENGLISH.ranking(notBetter)).startsWith("Sorted by value at risk. The chance of no order in the next 3 "
                + "months follows \"longest silent first\"").endsWith("(ROC AUC 0.78 against 0.70).");
        // 2 × 3 + 5 = 11 months of sales
        assertThat(CHINESE.ranking(LapseRisk.none(3))).isEqualTo(
                "按最久未进货优先排序：数据覆盖的时间太短，还无法学习未来 3 个月不进货的概率（约需 11 个月的销售数据）。");
    }

    /* 24 months of a small demo: every check's cut-off has customers, yet too few of them ever stopped ordering. */
    @Test
    void longDataWithTooFewLapsesIsNotCalledShort() {
        List<ValidationCheck> reached = List.of(new ValidationCheck(LocalDate.of(2025, 9, 30), 120, Double.NaN, Double.NaN),
                new ValidationCheck(LocalDate.of(2025, 8, 31), 118, Double.NaN, Double.NaN));
        List<ValidationCheck> partly = List.of(new ValidationCheck(LocalDate.of(2025, 9, 30), 120, Double.NaN, Double.NaN),
                new ValidationCheck(LocalDate.of(2025, 8, 31), 0, Double.NaN, Double.NaN));
        LapseRisk fewLapses = new LapseRisk(LocalDate.of(2025, 12, 31), 3, LapseRisk.Ranking.RECENCY,
                Optional.of(LapseRisk.Fallback.TOO_LITTLE_HISTORY), reached, Double.NaN, Double.NaN, List.of(), 0, 0,
                Map.of());
        LapseRisk shortData = new LapseRisk(LocalDate.of(2025, 12, 31), 3, LapseRisk.Ranking.RECENCY,
                Optional.of(LapseRisk.Fallback.TOO_LITTLE_HISTORY), partly, Double.NaN, Double.NaN, List.of(), 0, 0,
                Map.of());

        assertThat(ENGLISH.ranking(fewLapses)).isEqualTo("Sorted by longest silent first: in your history too few "
                + "customers stopped ordering (or too few kept ordering) to learn a chance of no order in the next 3 "
                + "months. More customers or a shorter window N will help.");
        assertThat(ENGLISH.ranking(shortData)).contains("the data covers too little time").contains("about 11 months");
    }
}
