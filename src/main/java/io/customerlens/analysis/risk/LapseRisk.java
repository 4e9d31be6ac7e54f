package io.customerlens.analysis.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every customer's chance of no order in the next H months at the as-of date, and how the ranking behind it was
 * chosen (docs/definitions.md, "Lapse-risk model").
 *
 * @param ranking         the learned model where it proved itself against longest-silent-first, else recency
 * @param fallback        why the model is not used; empty when it is
 * @param checks          the validation cut-offs, newest first
 * @param modelBrier      mean squared error of the model's probabilities over the validation cut-offs (NaN: none)
 * @param chosenBrier     the same for the probabilities shown (the model's, or recency's calibrated ones)
 * @param reliability     the shown probabilities against what happened, over the validation cut-offs
 * @param trainingCutoffs cut-offs the shown probabilities were learned from
 * @param customers       by customer key, every customer with a purchase on or before the as-of date
 */
public record LapseRisk(LocalDate asOf, int horizonMonths, Ranking ranking, Optional<Fallback> fallback,
                        List<ValidationCheck> checks, double modelBrier, double chosenBrier,
                        List<ReliabilityBin> reliability, int trainingCutoffs, int trainingExamples,
                        Map<String, CustomerRisk> customers) {

    public enum Ranking {
        /** The learned lapse-risk model. */
        MODEL,
        /** Longest silent first (with probabilities calibrated on days since the last purchase). */
        RECENCY
    }

    public enum Fallback {
        /** Fewer earlier cut-offs with both outcomes than learning and checking need. */
        TOO_LITTLE_HISTORY,
        /** The model did not beat longest-silent-first at every check by the margin. */
        NOT_BETTER_THAN_RECENCY
    }

    public LapseRisk {
        checks = List.copyOf(checks);
        reliability = List.copyOf(reliability);
        customers = Map.copyOf(customers);
    }

    /** No data: nobody's risk is known, and the ranking is recency. */
    public static LapseRisk none(int horizonMonths) {
        return new LapseRisk(null, horizonMonths, Ranking.RECENCY, Optional.of(Fallback.TOO_LITTLE_HISTORY), List.of(),
                Double.NaN, Double.NaN, List.of(), 0, 0, Map.of());
    }

    /** The customer's risk; an unknown one for a customer without a purchase by the as-of date. */
    public CustomerRisk of(String customerKey) {
        CustomerRisk risk = customers.get(customerKey);
        return risk != null ? risk : new CustomerRisk(customerKey, Double.NaN, Double.NaN, null, List.of());
    }

    /** Mean AUC of the model over the defined checks; NaN without one. */
    public double meanModelAuc() {
        return checks.stream().filter(ValidationCheck::defined).mapToDouble(ValidationCheck::modelAuc).average()
                .orElse(Double.NaN);
    }

    public double meanRecencyAuc() {
        return checks.stream().filter(ValidationCheck::defined).mapToDouble(ValidationCheck::recencyAuc).average()
                .orElse(Double.NaN);
    }
}
