package io.customerlens.service.lapse;

import io.customerlens.analysis.lapse.BreakdownRow;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.LengthBucket;
import io.customerlens.analysis.lapse.MovementRow;
import io.customerlens.analysis.lapse.Seasonality;
import io.customerlens.analysis.risk.LapseRisk;
import io.customerlens.domain.CustomerAttribute;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the Lapse view, Home's headline and the export show for one as-of date and window N.
 *
 * @param risk          every customer's chance of no order in the next N months, and how its ranking was chosen
 * @param chancePending the chance is still being learned: every customer's is unknown for now, and the rest of
 *                      the report is final ({@link LapseService#firstReport})
 */
public record LapseReport(LocalDate asOf, LapseWindow window, LapseRisk risk, List<LapseRow> customers, List<MovementRow> movement,
                          List<LengthBucket> episodeLengths, Seasonality seasonality,
                          Map<CustomerAttribute, List<BreakdownRow>> breakdowns, LapseHeadline headline,
                          boolean chancePending) {

    public LapseReport {
        customers = List.copyOf(customers);
        movement = List.copyOf(movement);
        episodeLengths = List.copyOf(episodeLengths);
        breakdowns = Map.copyOf(breakdowns);
    }
}
