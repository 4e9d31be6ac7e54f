package io.customerlens.analysis.segments;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The key-account scoring of every customer.
 *
 * @param weightsInForce the weights used: the requested ones, with the weight of each unavailable
 *                       criterion handed to the others in proportion to theirs
 * @param unavailable    criteria the data cannot measure (margin when no line in the 12 months has one)
 * @param customers      by score descending, ties by key
 */
public record KeyAccountResult(KeyAccountWeights weightsInForce, Set<KeyAccountCriterion> unavailable,
                               List<CustomerKeyAccount> customers) {

    public KeyAccountResult {
        unavailable = unavailable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unavailable));
        customers = List.copyOf(customers);
    }
}
