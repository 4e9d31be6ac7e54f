package io.customerlens.domain;

import java.util.List;

/**
 * Every customer's lines, found by customer without a scan: the analysis snapshot's index, which analyses that
 * work customer by customer read instead of grouping every line again.
 */
public interface CustomerLedger {

    /** The keys of every customer with at least one line, in their natural (String) order. */
    List<String> customerKeys();

    /** The customer's lines by date, in stored order within a day; empty for an unknown key. */
    List<LineFact> linesByDate(String customerKey);
}
