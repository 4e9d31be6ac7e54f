package io.customerlens.analysis.products;

import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BCG matrix of DEFINITIONS.md. Every comparison with a threshold is exact (cross-multiplied), so a unit
 * exactly at the mean or at the total growth is high; ratios shown are kept to 34 significant digits.
 */
public final class BcgAnalysis {

    static final MathContext PRECISION = MathContext.DECIMAL128;

    /** @param asOf lines after it are ignored */
    public BcgResult analyse(SalesFacts sales, LocalDate asOf, BcgOptions options) {
        PeriodPair periods = options.period().spans(asOf);
        Map<String, UnitSums> units = sum(sales, options.unit(), periods);
        BigDecimal totalCurrent = BigDecimal.ZERO;
        BigDecimal totalPrevious = BigDecimal.ZERO;
        BigDecimal positiveCurrent = BigDecimal.ZERO;
        int selling = 0;
        for (UnitSums unit : units.values()) {
            totalCurrent = totalCurrent.add(unit.current);
            totalPrevious = totalPrevious.add(unit.previous);
            if (unit.current.signum() > 0) {
                positiveCurrent = positiveCurrent.add(unit.current);
                selling++;
            }
        }
        BigDecimal mean = selling == 0 ? null : positiveCurrent.divide(BigDecimal.valueOf(selling), PRECISION);
        BigDecimal totalGrowth = growth(totalCurrent, totalPrevious);
        Judge judge = new Judge(options, positiveCurrent, selling, totalCurrent, totalPrevious);
        BigDecimal shareSales = options.shareThreshold() != null ? options.shareThreshold() : mean;
        BigDecimal shareLine = mean == null || shareSales == null ? null : shareSales.divide(mean, PRECISION);
        BcgThresholds thresholds = new BcgThresholds(shareSales,
                options.growthThreshold() != null ? options.growthThreshold() : totalGrowth, shareLine,
                options.shareThreshold() != null, options.growthThreshold() != null);
        List<BcgRow> rows = new ArrayList<>(units.size());
        BigDecimal total = totalCurrent;
        units.forEach((key, unit) -> rows.add(row(key, unit, judge, mean, total)));
        rows.sort(ORDER);
        return new BcgResult(options.unit(), options.period(), periods, thresholds, totalCurrent, totalPrevious,
                totalGrowth, rows);
    }

    private static final Comparator<BcgRow> ORDER = Comparator.comparing(BcgRow::isDiscontinued)
            .thenComparing(row -> row.isDiscontinued() ? row.previousSales() : row.currentSales(),
                    Comparator.reverseOrder())
            .thenComparing(BcgRow::key);

    private static BcgRow row(String key, UnitSums unit, Judge judge, BigDecimal mean, BigDecimal totalCurrent) {
        boolean isNew = unit.previous.signum() <= 0;
        BigDecimal growth = growth(unit.current, unit.previous);
        BigDecimal salesShare = totalCurrent.signum() > 0 ? unit.current.divide(totalCurrent, PRECISION) : null;
        BcgQuadrant quadrant;
        BigDecimal relativeShare = null;
        if (unit.current.signum() <= 0) {
            quadrant = BcgQuadrant.DISCONTINUED;
        } else {
            quadrant = BcgQuadrant.of(isNew || judge.highGrowth(unit.current, unit.previous),
                    judge.highShare(unit.current));
            relativeShare = mean == null ? null : unit.current.divide(mean, PRECISION);
        }
        return new BcgRow(key, unit.label, unit.current, unit.previous, growth, isNew, relativeShare, salesShare,
                unit.margin, unit.marginRate(), unit.quantity, quadrant, unit.nameCount);
    }

    /** (current − previous) / previous; null when previous ≤ 0. */
    static BigDecimal growth(BigDecimal current, BigDecimal previous) {
        return previous.signum() <= 0 ? null : current.subtract(previous).divide(previous, PRECISION);
    }

    private static Map<String, UnitSums> sum(SalesFacts sales, BcgUnit unitKind, PeriodPair periods) {
        Map<String, UnitSums> units = new HashMap<>();
        for (SaleFact fact : sales.facts()) {
            boolean current = periods.current().contains(fact.date());
            if (!current && !periods.previous().contains(fact.date())) {
                continue;
            }
            String key = sales.unitOf(fact, unitKind);
            if (key == null) {
                continue;
            }
            UnitSums unit = units.computeIfAbsent(key,
                    k -> new UnitSums(unitKind.labelOf(k, sales.product(fact.productKey())),
                            unitKind == BcgUnit.PRODUCT ? sales.names().nameCount(k) : 1));
            if (current) {
                unit.addCurrent(fact);
            } else {
                unit.previous = unit.previous.add(fact.amount());
            }
        }
        return units;
    }

    /** Running sums of one unit. */
    private static final class UnitSums {
        final String label;
        final int nameCount;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        BigDecimal margin;
        BigDecimal marginedNet = BigDecimal.ZERO;
        BigDecimal quantity;

        UnitSums(String label, int nameCount) {
            this.label = label;
            this.nameCount = nameCount;
        }

        void addCurrent(SaleFact fact) {
            current = current.add(fact.amount());
            if (fact.margin() != null) {
                margin = margin == null ? fact.margin() : margin.add(fact.margin());
                marginedNet = marginedNet.add(fact.amount());
            }
            if (fact.quantity() != null) {
                quantity = quantity == null ? fact.quantity() : quantity.add(fact.quantity());
            }
        }

        BigDecimal marginRate() {
            return margin == null || marginedNet.signum() == 0 ? null : margin.divide(marginedNet, PRECISION);
        }
    }

    /** The two threshold tests, exact: no division before comparing. */
    private record Judge(BcgOptions options, BigDecimal positiveCurrent, int selling, BigDecimal totalCurrent,
                         BigDecimal totalPrevious) {

        /** current ≥ threshold; automatic: current ≥ positiveCurrent / selling ⇔ current × selling ≥ positiveCurrent. */
        boolean highShare(BigDecimal current) {
            if (options.shareThreshold() != null) {
                return current.compareTo(options.shareThreshold()) >= 0;
            }
            return current.multiply(BigDecimal.valueOf(selling)).compareTo(positiveCurrent) >= 0;
        }

        /** For previous &gt; 0: (c − p) / p ≥ g ⇔ c − p ≥ g × p; automatic g = (C − P) / P ⇔ (c − p) × P ≥ (C − P) × p. */
        boolean highGrowth(BigDecimal current, BigDecimal previous) {
            BigDecimal change = current.subtract(previous);
            if (options.growthThreshold() != null) {
                return change.compareTo(options.growthThreshold().multiply(previous)) >= 0;
            }
            if (totalPrevious.signum() <= 0) {
                return false;
            }
            return change.multiply(totalPrevious).compareTo(totalCurrent.subtract(totalPrevious).multiply(previous)) >= 0;
        }
    }
}
