package io.customerlens.analysis.followups;

/**
 * The win-back figures of one group of contacts (a reason code, a channel, a salesperson).
 *
 * @param group          the reason code's or channel's name, or the salesperson; null for contacts without one
 * @param comparisonRate the win-back rate of the comparison group this row is measured against: the whole
 *                       comparison group for a reason code or a channel (not-called customers have neither),
 *                       the salesperson's own not-called customers for a salesperson; NaN when that group is empty
 * @param uplift         rate − comparisonRate; NaN when either is undefined
 */
public record EffectRow(String group, EffectFigures figures, double comparisonRate, double uplift) {
}
