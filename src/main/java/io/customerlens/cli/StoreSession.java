package io.customerlens.cli;

import io.customerlens.service.CustomerService;
import io.customerlens.service.ExportService;
import io.customerlens.service.ImportService;
import io.customerlens.service.lapse.LapseService;

/** The services over one opened store; closing the session closes the store. */
public record StoreSession(ImportService importService, CustomerService customerService,
                           LapseService lapseService, ExportService exportService, Runnable closer)
        implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
