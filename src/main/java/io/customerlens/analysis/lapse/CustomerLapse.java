package io.customerlens.analysis.lapse;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One customer's lapse figures at the as-of date for a window N (DEFINITIONS: time, gaps and lapse
 * episodes) together with its restock cadence and where that puts it: ok, at risk or lapsed.
 *
 * @param riskScore the probability-like score of buying nothing over the next N months ({@link RiskModel})
 */
public record CustomerLapse(PurchaseHistory history, LocalDate asOf, LapseWindow window, List<Gap> gaps,
                            Cadence cadence, RiskLevel risk, double riskScore) {

    /** Months averaged for the monthly amount at stake. */
    public static final int STAKE_MONTHS = 12;

    public CustomerLapse {
        gaps = List.copyOf(gaps);
    }

    public String customerKey() {
        return history.customerKey();
    }

    public LocalDate firstPurchase() {
        return history.firstPurchase();
    }

    public LocalDate lastPurchase() {
        return history.lastPurchase();
    }

    public long daysSinceLast() {
        return ChronoUnit.DAYS.between(history.lastPurchase(), asOf);
    }

    /** mi(A) − mi(L): equal to the length of the open gap, 0 when the customer bought in the as-of month. */
    public int idleMonths() {
        return MonthIndex.idleMonths(history.lastPurchase(), asOf);
    }

    public boolean lapsed() {
        return window.isLapse(idleMonths());
    }

    /** Gaps of N months or more, in time order; the last may be open. */
    public List<Gap> episodes() {
        return gaps.stream().filter(gap -> gap.isLapse(window)).toList();
    }

    /** Closed lapse episodes: each is a win-back in its return month. */
    public List<Gap> winBacks() {
        return gaps.stream().filter(gap -> gap.isLapse(window) && !gap.open()).toList();
    }

    public Optional<Gap> openGap() {
        return gaps.isEmpty() || !gaps.getLast().open() ? Optional.empty() : Optional.of(gaps.getLast());
    }

    /** The gap {@code month} falls in, if any. */
    public Optional<Gap> gapAt(int month) {
        return gaps.stream().filter(gap -> gap.contains(month)).findFirst();
    }

    public Optional<LocalDate> nextDue() {
        return cadence.nextDue(history.lastPurchase());
    }

    /** Days from the due date to the as-of date: positive when overdue, negative while not yet due. */
    public OptionalLong overdueDays() {
        return nextDue().map(due -> OptionalLong.of(ChronoUnit.DAYS.between(due, asOf))).orElse(OptionalLong.empty());
    }

    /**
     * The monthly amount at stake: the average monthly net amount over the {@value #STAKE_MONTHS} months
     * up to and including the last purchase month, i.e. the 12 months before a lapse starts. A customer
     * who started less than 12 months before is averaged over the months since its first purchase.
     */
    public BigDecimal monthlyAmountAtStake() {
        int last = history.lastMonth();
        int from = Math.max(history.firstMonth(), last - STAKE_MONTHS + 1);
        BigDecimal net = history.netBetween(from, last);
        return net.divide(BigDecimal.valueOf(last - from + 1), MathContext.DECIMAL64);
    }
}
