package io.customerlens.service;

import static org.assertj.core.api.Assertions.assertThat;

/** Every data row read is exactly one of imported, duplicate, rejected or skipped. */
final class SummaryInvariant {

    private SummaryInvariant() {
    }

    static ImportSummary check(ImportSummary summary) {
        long skipped = summary.skipped().values().stream().mapToLong(Long::longValue).sum();
        assertThat(summary.imported() + summary.duplicates() + summary.rejected().size() + skipped)
                .as("imported + duplicates + rejected + skipped of %s", summary)
                .isEqualTo(summary.rowsRead());
        return summary;
    }
}
