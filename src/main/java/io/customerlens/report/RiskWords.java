package io.customerlens.report;

import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.analysis.risk.RiskReason;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.i18n.ReadingFormat;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The lapse risk in the user's words, the same on the Lapse list, the card, the follow-up side panel, the printed
 * call sheet, generated tasks and the CLI: a chance as a share with one decimal like every other percentage
 * (0.724 → "72.4%", {@link ReadingFormat}), each reason as a sentence, and what the list is sorted by.
 */
public final class RiskWords {

    private final MessageBundle messages;
    private final ReadingFormat reading;

    public RiskWords(MessageBundle messages) {
        this.messages = messages;
        this.reading = new ReadingFormat(messages.locale());
    }

    /** A chance as a share with one decimal (0.724 → "72.4%"), as every percentage reads; a dash when unknown. */
    public String probability(double probability) {
        return Double.isNaN(probability) ? messages.get("risk.unknown") : reading.percent(probability);
    }

    /** The customer's reasons, joined; empty when there are none. */
    public String reasons(CustomerRisk risk) {
        return reasons(risk.reasons());
    }

    public String reasons(List<RiskReason> reasons) {
        return reasons.stream().map(this::reason).collect(Collectors.joining(messages.get("risk.reason.separator")));
    }

    public String reason(RiskReason reason) {
        String key = "risk.reason." + reason.kind().name();
        return switch (reason.kind()) {
            case SILENT_VS_USUAL -> messages.format(key, Math.round(reason.first()), Math.round(reason.second()),
                    reading.oneDecimal(reason.second() / Math.max(1.0, reason.first())));
            case ORDERS_DOWN -> messages.format(key, Math.round(reason.first()), Math.round(reason.second()));
            case NET_DOWN -> messages.format(key, reading.wholeMoney(reason.first()), reading.wholeMoney(reason.second()));
            case RETURNS -> messages.format(key, reading.percent(reason.first()));
            case SILENT, FEW_ORDERS, FEW_ACTIVE_MONTHS, NARROW_RANGE, NEW_CUSTOMER ->
                    messages.format(key, Math.round(reason.first()));
            case IRREGULAR -> messages.get(key);
        };
    }

    /** "72.4% chance of no order in 3 months: orders every 21 days, silent for 64 (3.0× usual)"; empty when unknown. */
    public String chanceWithReasons(CustomerRisk risk, int months) {
        if (!risk.known()) {
            return "";
        }
        String reasons = reasons(risk);
        return messages.format(reasons.isEmpty() ? "risk.chance" : "risk.chanceWhy", probability(risk.probability()),
                months, reasons);
    }

    /** What the lapse list is sorted by, and why the chance is what it is. */
    public String ranking(LapseRisk risk) {
        int horizon = risk.horizonMonths();
        if (risk.ranking() == LapseRisk.Ranking.MODEL) {
            long checks = risk.checks().stream().filter(check -> check.defined()).count();
            return messages.format("lapse.ranking.model", horizon, checks, auc(risk.meanModelAuc()),
                    auc(risk.meanRecencyAuc()));
        }
        LapseRisk.Fallback fallback = risk.fallback().orElse(LapseRisk.Fallback.TOO_LITTLE_HISTORY);
        return switch (fallback) {
            case NOT_BETTER_THAN_RECENCY -> messages.format("lapse.ranking.notBetter", horizon,
                    auc(risk.meanModelAuc()), auc(risk.meanRecencyAuc()));
            case TOO_LITTLE_HISTORY -> coversEveryCheck(risk)
                    ? messages.format("lapse.ranking.tooFewOutcomes", horizon)
                    : messages.format("lapse.ranking.tooLittle", horizon, 2 * horizon + 5);
        };
    }

    /**
     * Whether the data reached back to every check's cut-off: then nothing was learned because too few customers
     * stopped (or kept) ordering in the past, not because the data is short, and "more months of sales" would be
     * the wrong advice.
     */
    private static boolean coversEveryCheck(LapseRisk risk) {
        return !risk.checks().isEmpty() && risk.checks().stream().allMatch(check -> check.population() > 0);
    }

    private String auc(double value) {
        return Double.isNaN(value) ? messages.get("risk.unknown") : reading.twoDecimals(value);
    }
}
