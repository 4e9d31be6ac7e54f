package io.customerlens.ui.backtest;

import io.customerlens.i18n.ReadingFormat;
import io.customerlens.analysis.lapse.RankingQuality;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.ReliabilityBin;
import io.customerlens.analysis.risk.RiskBacktestResult;
import io.customerlens.ui.charts.ShareLines;
import io.customerlens.ui.common.Messages;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;

/**
 * What the Backtest page says about one result, in the window's language: the sentence a salesperson reads, why
 * the app uses its ranking, the comparison rows and the chart series. Nothing here computes a figure: each comes
 * from the result; this class only chooses the words and the formats.
 */
final class BacktestTexts {

    /** The names of the shown list's two own rankings in the comparison table. */
    static final String MODEL = "model";
    static final String RECENCY = "recency";

    private final Messages messages;
    private final NumberFormat auc;
    private final ReadingFormat reading;
    private final NumberFormat hits;

    BacktestTexts(Messages messages) {
        this.messages = messages;
        Locale locale = messages.locale();
        auc = NumberFormat.getNumberInstance(locale);
        auc.setMinimumFractionDigits(3);
        auc.setMaximumFractionDigits(3);
        reading = new ReadingFormat(locale);
        hits = NumberFormat.getNumberInstance(locale);
        hits.setMaximumFractionDigits(1);
    }

    /** "Of the 20 customers this list would have put first on 2025-09-30, 14 bought nothing …". */
    String sentence(RiskBacktestResult result) {
        if (result.population() == 0) {
            return messages.format("backtest.sentence.noPopulation", messages.date(result.cutoff()));
        }
        if (result.lapsed() == 0) {
            return messages.format("backtest.sentence.noneLapsed", messages.count(result.population()),
                    messages.date(result.cutoff()), result.horizonMonths());
        }
        String key = shown(result) == LapseRisk.Ranking.RECENCY ? "backtest.sentence.recency"
                // "only caught" where the list did better than longest silent first, plain "caught" otherwise
                : result.chosenHits() > result.recencyHits() ? "backtest.sentence.model" : "backtest.sentence.modelBehind";
        return messages.format(key, messages.count(result.topK()), messages.date(result.cutoff()),
                hits(result.chosenHits()), result.horizonMonths(), hits(result.recencyHits()));
    }

    /** The population, how many of it lapsed, and what a random pick of K would have caught. */
    String baseline(RiskBacktestResult result) {
        if (result.population() == 0) {
            return "";
        }
        return messages.format("backtest.baseline", messages.count(result.population()), messages.date(result.cutoff()),
                messages.count(result.lapsed()), percent(result.lapsedShare()), result.horizonMonths(),
                messages.count(result.topK()), hits(result.randomHits()));
    }

    /** Which ranking the app would have shown at the cut-off and why, in words. */
    String ranking(RiskBacktestResult result) {
        LapseRisk risk = result.risk();
        String model = number(risk.meanModelAuc());
        String recency = number(risk.meanRecencyAuc());
        long checks = risk.checks().stream().filter(check -> check.defined()).count();
        if (risk.ranking() == LapseRisk.Ranking.MODEL) {
            return messages.format("backtest.ranking.model", messages.count(checks), model, recency);
        }
        LapseRisk.Fallback why = risk.fallback().orElse(LapseRisk.Fallback.NOT_BETTER_THAN_RECENCY);
        return switch (why) {
            case TOO_LITTLE_HISTORY -> messages.format("backtest.ranking.tooLittleHistory",
                    messages.count(risk.trainingCutoffs()), messages.count(checks));
            case NOT_BETTER_THAN_RECENCY -> messages.format("backtest.ranking.notBetter", messages.count(checks),
                    model, recency);
        };
    }

    /** The shown probabilities' Brier score after the cut-off, against guessing the lapsed share for everyone. */
    String brier(RiskBacktestResult result) {
        if (Double.isNaN(result.chosenBrier())) {
            return messages.get("backtest.brier.none");
        }
        return messages.format("backtest.brier", number(result.chosenBrier()), number(result.baseRateBrier()),
                number(result.risk().chosenBrier()));
    }

    /** The shown list first, then the other of the learned model and longest silent first, then every other ranking. */
    List<BacktestRow> rows(RiskBacktestResult result) {
        LapseRisk.Ranking shown = shown(result);
        List<BacktestRow> rows = new ArrayList<>();
        rows.add(row(MODEL, shown == LapseRisk.Ranking.MODEL, result.model(), result));
        rows.add(row(RECENCY, shown == LapseRisk.Ranking.RECENCY, result.recency(), result));
        for (Map.Entry<String, RankingQuality> other : result.comparisons().entrySet()) {
            if (!other.getKey().equals(RECENCY)) {
                rows.add(row(other.getKey(), false, other.getValue(), result));
            }
        }
        if (shown == LapseRisk.Ranking.RECENCY) {
            // Longest silent first was the list: it leads the table.
            rows.addFirst(rows.remove(1));
        }
        return rows;
    }

    private BacktestRow row(String key, boolean shown, RankingQuality quality, RiskBacktestResult result) {
        return new BacktestRow(key, rankingName(key, shown), shown, quality.auc(), quality.precisionAtK(),
                result.hits(quality));
    }

    /** A ranking's name in words; "(shown)" after the one the app lists by. Unknown names stay as they are. */
    String rankingName(String key, boolean shown) {
        String name = messages.has("backtest.name." + key) ? messages.get("backtest.name." + key) : key;
        return shown ? messages.format("backtest.name.shown", name) : name;
    }

    /** The shown list and longest silent first: share of the lapsed found against share of the list called. */
    ShareLines lift(RiskBacktestResult result) {
        SequencedMap<String, List<ShareLines.Point>> lines = new LinkedHashMap<>();
        if (!result.liftChosen().isEmpty()) {
            lines.put(messages.get("backtest.lift.shown"), liftPoints(result.liftChosen()));
            lines.put(messages.get("backtest.lift.recency"), liftPoints(result.liftRecency()));
        }
        return new ShareLines(lines, messages.get("backtest.lift.random"));
    }

    /** 0 % called found 0 %; then each tenth of the list. */
    private static List<ShareLines.Point> liftPoints(List<Double> shares) {
        List<ShareLines.Point> points = new ArrayList<>();
        points.add(new ShareLines.Point(0, 0));
        for (int i = 0; i < shares.size(); i++) {
            points.add(new ShareLines.Point((double) (i + 1) / shares.size(), shares.get(i)));
        }
        return points;
    }

    /** Mean predicted against observed per bin that holds customers. */
    ShareLines reliability(RiskBacktestResult result) {
        SequencedMap<String, List<ShareLines.Point>> lines = new LinkedHashMap<>();
        List<ShareLines.Point> points = result.risk().reliability().stream()
                .filter(bin -> bin.customers() > 0)
                .map((ReliabilityBin bin) -> new ShareLines.Point(bin.meanPredicted(), bin.observed()))
                .toList();
        if (!points.isEmpty()) {
            lines.put(messages.get("backtest.reliability.series"), points);
        }
        return new ShareLines(lines, messages.get("backtest.reliability.diagonal"));
    }

    ShareLines emptyLift() {
        return ShareLines.empty(messages.get("backtest.lift.random"));
    }

    ShareLines emptyReliability() {
        return ShareLines.empty(messages.get("backtest.reliability.diagonal"));
    }

    /** The ranking the list followed: recency where no probability was learned for it. */
    private static LapseRisk.Ranking shown(RiskBacktestResult result) {
        return result.risk().ranking();
    }

    /** An AUC or a Brier score: three decimals; "–" where undefined. */
    String number(Double value) {
        return value == null || value.isNaN() ? messages.get("backtest.undefined") : auc.format(value);
    }

    String percent(Double value) {
        return value == null || value.isNaN() ? messages.get("backtest.undefined") : reading.percent(value);
    }

    String hits(Double value) {
        return value == null || value.isNaN() ? messages.get("backtest.undefined") : hits.format(value);
    }
}
