package io.customerlens.analysis.products;

import io.customerlens.domain.SaleFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The share of net sales (returns included) of each value of a dimension, and how it moved between two periods. */
public final class SalesStructure {

    private static final Comparator<ShareRow> ORDER = Comparator.comparing((ShareRow row) -> row.value() == null)
            .thenComparing(ShareRow::currentSales, Comparator.reverseOrder())
            .thenComparing(ShareRow::value, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Every value with a line in either period; lines outside both periods are ignored. */
    public StructureResult analyse(SalesFacts sales, StructureDimension dimension, PeriodPair periods) {
        Map<String, BigDecimal[]> sums = new HashMap<>();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (SaleFact fact : sales.facts()) {
            int slot = periods.current().contains(fact.date()) ? 0 : periods.previous().contains(fact.date()) ? 1 : -1;
            if (slot < 0) {
                continue;
            }
            BigDecimal[] own = sums.computeIfAbsent(Objects.requireNonNullElse(dimension.valueOf(fact, sales), NONE),
                    value -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            own[slot] = own[slot].add(fact.amount());
            totals[slot] = totals[slot].add(fact.amount());
        }
        List<ShareRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, own) -> {
            String value = NONE.equals(key) ? null : key;
            BigDecimal current = share(own[0], totals[0]);
            BigDecimal previous = share(own[1], totals[1]);
            rows.add(new ShareRow(value, dimension.labelOf(value, sales), own[0], own[1], current, previous,
                    current == null || previous == null ? null : current.subtract(previous)));
        });
        rows.sort(ORDER);
        return new StructureResult(dimension, periods, totals[0], totals[1], rows);
    }

    /** A map key for "no value" that no real value can equal (values are never empty strings: blank is none). */
    private static final String NONE = "";

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() <= 0 ? null : part.divide(total, BcgAnalysis.PRECISION);
    }
}
