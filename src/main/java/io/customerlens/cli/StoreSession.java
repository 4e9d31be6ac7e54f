package io.customerlens.cli;

import io.customerlens.service.CustomerService;
import io.customerlens.service.ExportService;
import io.customerlens.service.ImportService;
import io.customerlens.service.card.CustomerCardService;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.products.ProductService;
import io.customerlens.service.sync.SyncService;
import io.customerlens.service.team.TeamService;

/** The services over one opened store; closing the session closes the store. */
public record StoreSession(ImportService importService, CustomerService customerService,
                           LapseService lapseService, ExportService exportService,
                           ProductService productService, FollowUpService followUpService,
                           CustomerCardService customerCardService, PrintedLists printedLists,
                           TeamService teamService, SyncService syncService,
                           Runnable closer)
        implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
