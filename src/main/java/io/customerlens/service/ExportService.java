package io.customerlens.service;

import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

import java.time.LocalDate;
import java.util.Optional;

/** Everything {@code analyze} exports, from one read of the store. Off the FX thread. */
public final class ExportService {

    private final SalesStore store;
    private final CustomerService customers;
    private final LapseService lapses;
    private final SegmentService segments;

    public ExportService(Database database, CustomerService customers, LapseService lapses, SegmentService segments) {
        this.store = new SalesStore(database);
        this.customers = customers;
        this.lapses = lapses;
        this.segments = segments;
    }

    /** The customers' figures, lapses and segments as of one date (empty = the latest stored line date). */
    public CustomerExport export(Optional<LocalDate> asOf, LapseWindow window, SegmentOptions options) {
        SalesStore.CustomerData stored = store.customerData();
        CustomerOverview overview = customers.overview(stored, asOf);
        LapseReport lapse = lapses.analyse(lapses.from(stored, asOf), window);
        SegmentReport segment = segments.analyse(segments.from(stored, asOf), options);
        return new CustomerExport(overview, lapse, segment);
    }

    /** The three views of the same customers. */
    public record CustomerExport(CustomerOverview overview, LapseReport lapse, SegmentReport segments) {
    }
}
