package io.customerlens.ui.home;

import io.customerlens.analysis.lapse.LapseWindow;
import java.time.LocalDate;
import io.customerlens.service.ImportService;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseService;

import java.util.Optional;

/**
 * Asks the services what Home shows about the store, reading it once. Runs on the worker thread. Lines
 * stored are the lines the analysis snapshot holds (every stored line the login may read, or with a
 * salesperson chosen the lines of their customers); the period runs from
 * the earliest first purchase to the as-of date; the headline is the lapse analysis for the window and as-of date
 * of the shared analysis settings.
 */
final class StoreFactsQuery {

    private final LapseService lapses;
    private final ImportService imports;

    StoreFactsQuery(LapseService lapses, ImportService imports) {
        this.lapses = lapses;
        this.imports = imports;
    }

    StoreFacts read(Optional<LocalDate> asOf, LapseWindow window) {
        if (imports.storeIsEmpty()) {
            return StoreFacts.NONE;
        }
        LapseData data = lapses.load(asOf);
        // The lines this login reads: on a team store a salesperson's own, not every line the team imported.
        long lines = lapses.storedLines();
        return new StoreFacts(false, data.histories().size(), lines, data.firstPurchase().orElse(data.asOf()), data.asOf(),
                lapses.headline(data, window));
    }
}
