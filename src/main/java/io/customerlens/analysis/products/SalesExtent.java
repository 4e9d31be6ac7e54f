package io.customerlens.analysis.products;

import io.customerlens.domain.SaleFact;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every sales analysis first asks of the lines: their first and last dates and whether any carries a quantity
 * or a margin. Asked of a million lines made one at a time, each question was a full pass; the analysis snapshot
 * knows the answers from its columns, so {@link SalesFacts} takes them from there when it can.
 *
 * @param first       the earliest line's date; empty without lines
 * @param last        the latest line's date; empty without lines
 * @param hasQuantity whether any line carries a quantity
 * @param hasMargin   whether any line carries a margin (a profit, or a cost)
 */
public record SalesExtent(Optional<LocalDate> first, Optional<LocalDate> last, boolean hasQuantity,
                          boolean hasMargin) {

    /** The extent of {@code facts}, in one pass. */
    public static SalesExtent of(List<SaleFact> facts) {
        LocalDate first = null;
        LocalDate last = null;
        boolean quantity = false;
        boolean margin = false;
        for (SaleFact fact : facts) {
            LocalDate date = fact.date();
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
            quantity |= fact.quantity() != null;
            margin |= fact.margin() != null;
        }
        return new SalesExtent(Optional.ofNullable(first), Optional.ofNullable(last), quantity, margin);
    }
}
