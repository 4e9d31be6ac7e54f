package io.customerlens.domain;

/** Why a source row was rejected; each has a message key {@code problem.<NAME>} in the bundles. */
public enum ProblemReason {
    MISSING_DATE, INVALID_DATE, MISSING_AMOUNT, INVALID_AMOUNT, INVALID_NUMBER;

    public String messageKey() {
        return "problem." + name();
    }
}
