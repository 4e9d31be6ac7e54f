package io.customerlens.analysis.followups;

import java.time.LocalDate;
import java.util.List;

/**
 * Did the calls work? Recomputed from the stored sales every time (docs/definitions.md, Follow-ups).
 *
 * @param windowDays D: a purchase on the contact day up to D days after it wins the customer back
 * @param dataAsOf   the latest stored sales date; windows ending after it are still running
 * @param contacted  the evaluated contacts of lapsed and at-risk customers
 * @param comparison customers lapsed or at risk at the same as-of dates who were not contacted
 * @param uplift     rate(contacted) − rate(comparison); NaN when either is undefined
 * @param byReasonCode one row per outcome reason code present (group null: no code), most contacts first
 * @param byChannel    one row per channel present
 * @param bySalesperson one row per salesperson present (group null: none)
 * @param contacts   every evaluated contact
 * @param reasons    every outcome reason code, most customers first
 */
public record EffectReport(int windowDays, LocalDate dataAsOf, EffectFigures contacted, EffectFigures comparison,
                           double uplift, List<EffectRow> byReasonCode, List<EffectRow> byChannel,
                           List<EffectRow> bySalesperson, List<ContactResult> contacts, List<ReasonStat> reasons) {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    public EffectReport {
        byReasonCode = List.copyOf(byReasonCode);
        byChannel = List.copyOf(byChannel);
        bySalesperson = List.copyOf(bySalesperson);
        contacts = List.copyOf(contacts);
        reasons = List.copyOf(reasons);
    }
}
