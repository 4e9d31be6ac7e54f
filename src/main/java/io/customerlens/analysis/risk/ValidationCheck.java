package io.customerlens.analysis.risk;

import java.time.LocalDate;

/**
 * The learned model against longest-silent-first at one earlier cut-off: both scored from lines up to it, the
 * model trained only on outcomes that ended by it. AUCs are NaN where the cut-off had no outcome of one kind or
 * no history to learn from.
 */
public record ValidationCheck(LocalDate cutoff, int population, double modelAuc, double recencyAuc) {

    public boolean defined() {
        return !Double.isNaN(modelAuc) && !Double.isNaN(recencyAuc);
    }
}
