package io.customerlens.app;

import io.customerlens.service.CustomerService;
import io.customerlens.service.ImportService;

import java.nio.file.Path;

/** The one place where the application's objects are built and wired, over one data folder. */
public final class AppContext implements AutoCloseable {

    private final ImportService importService;
    private final CustomerService customerService;

    public AppContext(Path dataFolder) {
        this.importService = new ImportService();
        this.customerService = new CustomerService();
    }

    public ImportService importService() {
        return importService;
    }

    public CustomerService customerService() {
        return customerService;
    }

    @Override
    public void close() {
        // TODO store helper: close the database
    }
}
