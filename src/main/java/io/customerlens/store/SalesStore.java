package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.LineFact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the services ask of the store; the only door to Jdbi for code outside this package. */
public final class SalesStore {

    private final Database database;

    public SalesStore(Database database) {
        this.database = database;
    }

    /** The work of one import; it throws to roll everything back. */
    @FunctionalInterface
    public interface ImportWork<T, X extends Exception> {
        T run(ImportWriter writer) throws X;
    }

    /** Runs an import in one transaction: committed when the work returns, rolled back when it throws. */
    public <T, X extends Exception> T inImportTransaction(ImportWork<T, X> work) throws X {
        return database.jdbi().inTransaction(handle -> work.run(new ImportWriter(handle)));
    }

    public Optional<Map<Field, String>> rememberedMapping(String headerSignature) {
        return database.jdbi().withExtension(ColumnMappingRepository.class, mappings -> mappings.find(headerSignature));
    }

    /** Past imports, newest first. */
    public List<ImportBatch> batches() {
        return database.jdbi().withExtension(ImportBatchRepository.class, ImportBatchRepository::list);
    }

    public boolean isEmpty() {
        return database.jdbi().withExtension(SalesLineRepository.class, SalesLineRepository::isEmpty);
    }

    /**
     * The default as-of date the store had before its latest import (the latest date among the lines of
     * earlier imports); empty when every line came with one import.
     */
    public Optional<LocalDate> asOfBeforeLatestImport() {
        return Optional.ofNullable(database.jdbi().withExtension(SalesLineRepository.class,
                SalesLineRepository::lastDateBeforeLatestBatch));
    }

    /** Every line fact and every customer, read in one transaction so both sides agree. */
    public CustomerData customerData() {
        return database.jdbi().inTransaction(handle -> new CustomerData(
                handle.attach(SalesLineRepository.class).lineFacts(),
                handle.attach(CustomerRepository.class).findAll()));
    }

    /** Stored lines as analysis reads them, and the customers' attributes. */
    public record CustomerData(List<LineFact> facts, List<Customer> customers) {

        /** Each customer's attributes by key. */
        public Map<String, CustomerInfo> infoByKey() {
            Map<String, CustomerInfo> byKey = new HashMap<>(customers.size() * 2);
            customers.forEach(customer -> byKey.put(customer.key(), customer.info()));
            return byKey;
        }
    }
}
