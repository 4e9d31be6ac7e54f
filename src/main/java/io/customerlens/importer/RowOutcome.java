package io.customerlens.importer;

import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.SalesLine;
import io.customerlens.domain.SkipReason;

/** What became of one data row: a line, a skip that is no error, or a rejection with its problem. */
sealed interface RowOutcome {

    record Accepted(SalesLine line) implements RowOutcome {
    }

    record Skipped(SkipReason reason) implements RowOutcome {
    }

    record Rejected(ImportProblem problem) implements RowOutcome {
    }
}
