package io.customerlens.analysis.card;

import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.risk.CustomerRisk;
import io.customerlens.analysis.value.CustomerValue;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpTask;

import java.time.LocalDate;
import java.util.List;

/**
 * One customer's whole story at an as-of date for a window N (客户管理卡): what the window's customer view
 * and the printed card show. Built by {@code service.card.CustomerCardService}.
 *
 * @param months        the last {@value #CHART_MONTHS} calendar months up to the as-of month, oldest first
 * @param topProducts   by net amount, at most {@value #TOP_PRODUCTS}
 * @param topCategories by net amount, at most {@value #TOP_CATEGORIES}
 * @param gaps          every gap, oldest first; lapse episodes are those {@link Gap#isLapse} of the window
 * @param tasks         the customer's follow-up tasks (open, done, cancelled), newest first
 * @param risk          the chance of no order in the next N months, with the reasons in words
 * @param value         the value over the next 12 months; null when it could not be estimated
 * @param chancePending  whether the chance and the value are still being learned (the card is shown before
 *                       learning ends; both then read as unknown until the full card replaces it)
 */
public record CustomerCard(String customerKey, CustomerInfo info, LocalDate asOf, LapseWindow window,
                           CardBadges badges, CardFigures figures, List<MonthBar> months,
                           List<ProductTrend> topProducts, List<ProductTrend> topCategories,
                           List<StoppedProduct> stoppedBuying, List<Gap> gaps, List<FollowUpTask> tasks,
                           CustomerRisk risk, CustomerValue value, boolean chancePending) {

    public static final int CHART_MONTHS = 24;
    public static final int TOP_PRODUCTS = 10;
    public static final int TOP_CATEGORIES = 5;

    public CustomerCard {
        months = List.copyOf(months);
        topProducts = List.copyOf(topProducts);
        topCategories = List.copyOf(topCategories);
        stoppedBuying = List.copyOf(stoppedBuying);
        gaps = List.copyOf(gaps);
        tasks = List.copyOf(tasks);
    }

    /** The customer's name, else its key. */
    public String displayName() {
        return info.name() == null || info.name().isBlank() ? customerKey : info.name();
    }

    /** Gaps of N months or more, oldest first; the last may be open. */
    public List<Gap> episodes() {
        return gaps.stream().filter(gap -> gap.isLapse(window)).toList();
    }

    /**
     * The value at risk: the chance of no order × the yearly value while active; NaN when either is unknown
     * (docs/definitions.md, "Value at risk").
     */
    public double valueAtRisk() {
        return risk.known() && value != null ? value.valueAtRisk(risk.probability()) : Double.NaN;
    }

    /** The same card with its tasks replaced (the follow-up module adds them after the figures). */
    public CustomerCard withTasks(List<FollowUpTask> next) {
        return new CustomerCard(customerKey, info, asOf, window, badges, figures, months, topProducts,
                topCategories, stoppedBuying, gaps, next, risk, value, chancePending);
    }
}
