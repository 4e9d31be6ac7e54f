package io.customerlens.report;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.Cadence;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.lapse.RiskLevel;
import io.customerlens.domain.CustomerSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Four customers as of 2024-06-30 for N = 3, built by hand (the analysis is not run):
 * <ul>
 * <li>KH001 bought 01-10, 02-09, 03-10: idle 3 months, lapsed, open gap 2024-04..2024-06; cadence 30 days,
 *     due 04-09, 82 days overdue (21 + 31 + 30).</li>
 * <li>KH002 bought 01-05, 05-20, 06-15: closed gap 2024-02..2024-04; cadence 30.46 days (printed 30.5,
 *     due 06-15 + 30 = 07-15), 15 days before due.</li>
 * <li>KH003 bought 04-01, 04-11: open gap 2024-05..2024-06 of 2 months, no lapse; cadence 10 days,
 *     due 04-21, 70 days overdue: at risk.</li>
 * <li>00123 bought once on 06-01: unknown cadence, no gap.</li>
 * </ul>
 */
final class TinyLapses {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final LapseWindow WINDOW = new LapseWindow(3);

    private TinyLapses() {
    }

    static List<CustomerLapse> lapses() {
        return List.of(
                lapse("KH002", List.of(day(1, 5), day(5, 20), day(6, 15)),
                        List.of(new Gap(month(2), month(4), false)), new Cadence(1, 30.46, 30.46, true), RiskLevel.OK),
                lapse("KH001", List.of(day(1, 10), day(2, 9), day(3, 10)),
                        List.of(new Gap(month(4), month(6), true)), new Cadence(2, 30.0, 30.0, false), RiskLevel.LAPSED),
                lapse("00123", List.of(day(6, 1)), List.of(), Cadence.UNKNOWN, RiskLevel.OK),
                lapse("KH003", List.of(day(4, 1), day(4, 11)),
                        List.of(new Gap(month(5), month(6), true)), new Cadence(1, 10.0, 10.0, false), RiskLevel.AT_RISK));
    }

    static List<CustomerSummary> summaries() {
        return List.of(
                new CustomerSummary("KH001", day(1, 10), day(3, 10), 3, new BigDecimal("300"), 112, 3),
                new CustomerSummary("KH002", day(1, 5), day(6, 15), 3, new BigDecimal("1234.5"), 15, 0),
                new CustomerSummary("KH003", day(4, 1), day(4, 11), 2, new BigDecimal("-20"), 80, 2),
                new CustomerSummary("00123", day(6, 1), day(6, 1), 1, new BigDecimal("0.125"), 29, 0));
    }

    static Map<String, String> names() {
        return Map.of("KH001", "好又多超市, 人民路店", "KH002", "王记\"便利\"店");
    }

    static CustomerLapse lapse(String key, List<LocalDate> days, List<Gap> gaps, Cadence cadence, RiskLevel risk) {
        PurchaseHistory history = new PurchaseHistory(key, days, Map.of(MonthIndex.of(days.getFirst()), BigDecimal.TEN));
        return new CustomerLapse(history, AS_OF, WINDOW, gaps, cadence, risk, 0.5);
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }

    static int month(int month) {
        return MonthIndex.of(YearMonth.of(2024, month));
    }
}
