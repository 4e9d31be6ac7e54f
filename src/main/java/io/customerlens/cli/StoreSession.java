package io.customerlens.cli;

import io.customerlens.service.CustomerService;
import io.customerlens.service.ImportService;

/** The services over one opened store; closing the session closes the store. */
public record StoreSession(ImportService importService, CustomerService customerService, Runnable closer)
        implements AutoCloseable {

    @Override
    public void close() {
        closer.run();
    }
}
