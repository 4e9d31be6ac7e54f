package io.customerlens.ui.home;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.ImportBatch;
import io.customerlens.service.ImportService;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseService;

import java.util.Optional;

/**
 * Asks the services what Home shows about the store, reading it once. Runs on the worker thread. Lines
 * stored are the lines the imports stored (each batch counts only its new lines); the period runs from
 * the earliest first purchase to the as-of date; the headline is the lapse analysis for the default window.
 */
final class StoreFactsQuery {

    private final LapseService lapses;
    private final ImportService imports;

    StoreFactsQuery(LapseService lapses, ImportService imports) {
        this.lapses = lapses;
        this.imports = imports;
    }

    StoreFacts read() {
        if (imports.storeIsEmpty()) {
            return StoreFacts.NONE;
        }
        LapseData data = lapses.load(Optional.empty());
        long lines = imports.batches().stream().mapToLong(ImportBatch::linesImported).sum();
        return new StoreFacts(false, data.histories().size(), lines, data.firstPurchase().orElse(data.asOf()), data.asOf(),
                lapses.analyse(data, LapseWindow.DEFAULT).headline());
    }
}
