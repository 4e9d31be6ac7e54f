package io.customerlens.domain;

/**
 * Why a source row was rejected; each has a message key {@code problem.<NAME>} in the bundles, whose
 * {@code {0}}, {@code {1}} ... are the problem's details.
 */
public enum ProblemReason {
    MISSING_DATE, INVALID_DATE, MISSING_AMOUNT, INVALID_AMOUNT, INVALID_NUMBER,
    /** details: the line the unclosed quote starts on. */
    UNCLOSED_QUOTE,
    /** details: fields expected (the header's), fields found. */
    FIELD_COUNT,
    /** As {@link #FIELD_COUNT}, with a pair of fields that reads like 1,234.50 split at its comma. */
    FIELD_COUNT_THOUSANDS,
    /** details: the date read, the latest date allowed, the days allowed after today. */
    FUTURE_DATE,
    /** An Excel error value (#REF!, #N/A ...) where a key or attribute is expected. */
    EXCEL_ERROR,
    /** details: the limit (10^12). */
    NUMBER_TOO_LARGE,
    /** details: the limit (10^-12); a non-zero number this small is an underflow, no real figure. */
    NUMBER_TOO_SMALL,
    /** details: the first and last row of the merged area. */
    MERGED_NUMBER,
    /** details: the text's length in characters, the limit. The value shown is shortened. */
    VALUE_TOO_LONG;

    public String messageKey() {
        return "problem." + name();
    }
}
