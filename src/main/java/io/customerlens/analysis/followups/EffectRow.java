package io.customerlens.analysis.followups;

/**
 * The win-back figures of one group of contacts (a reason code, a channel, a salesperson).
 *
 * @param group  the reason code's or channel's name, or the salesperson; null for contacts without one
 * @param uplift rate − the comparison group's rate; NaN when either is undefined
 */
public record EffectRow(String group, EffectFigures figures, double uplift) {
}
