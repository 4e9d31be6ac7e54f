package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.UnfinishedImport;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SaleFact;

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

    /** The writes of an import, in transactions a killed process cannot tear (see {@link ImportWriter}). */
    public ImportWriter importWriter() {
        database.requireWritable();
        return new ImportWriter(database.jdbi());
    }

    /** Imports a killed process left unfinished, removed when this store was opened (usually none). */
    public List<UnfinishedImport> unfinishedImportsRemoved() {
        return database.unfinishedImportsRemoved();
    }

    public Optional<Map<Field, String>> rememberedMapping(String headerSignature) {
        return database.jdbi().withExtension(ColumnMappingRepository.class, mappings -> mappings.find(headerSignature));
    }

    /** Past imports, newest first. */
    public List<ImportBatch> batches() {
        return database.jdbi().withExtension(ImportBatchRepository.class, ImportBatchRepository::list);
    }

    /** The id of the latest import (0 before the first): it changes whenever the stored lines change. */
    public long latestBatchId() {
        return database.jdbi().withExtension(ImportBatchRepository.class, ImportBatchRepository::latestId);
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

    /**
     * The one read analysis makes: streams every visible line to {@code lines} in stored order, and returns the
     * customers, products and dates that go with them, all in one transaction so every part agrees.
     */
    public StoredSales readAll(SalesLineRepository.SaleConsumer lines) {
        return database.jdbi().inTransaction(handle -> {
            long revision = handle.attach(ImportBatchRepository.class).latestId();
            SalesLineRepository sales = handle.attach(SalesLineRepository.class);
            sales.forEachSale(lines);
            return new StoredSales(revision, handle.attach(CustomerRepository.class).findAll(),
                    handle.attach(ProductRepository.class).findAll(),
                    Optional.ofNullable(sales.lastDateBeforeLatestBatch()));
        });
    }

    /**
     * What goes with the lines of {@link #readAll}.
     *
     * @param revision               the latest complete import's id ({@link #latestBatchId()}) when read
     * @param asOfBeforeLatestImport {@link #asOfBeforeLatestImport()} when read
     */
    public record StoredSales(long revision, List<Customer> customers, List<ProductInfo> products,
                              Optional<LocalDate> asOfBeforeLatestImport) {
    }

    /** Stored lines with their products, the customers and the products: what product and sales analysis reads. */
    public record SalesData(List<SaleFact> facts, List<Customer> customers, List<ProductInfo> products) {

        /** Each product by its key ({@link ProductInfo#key()}). */
        public Map<String, ProductInfo> productsByKey() {
            Map<String, ProductInfo> byKey = new HashMap<>(products.size() * 2);
            products.forEach(product -> byKey.put(product.key(), product));
            return byKey;
        }
    }

    /** Stored lines as analysis reads them, and the customers' attributes. */
    public record CustomerData(List<LineFact> facts, List<Customer> customers) {

        /** Each customer's attributes by key. */
        public Map<String, CustomerInfo> infoByKey() {
            return infoByKey(customers);
        }

        /** Each of {@code customers}' attributes by key. */
        static Map<String, CustomerInfo> infoByKey(List<Customer> customers) {
            Map<String, CustomerInfo> byKey = new HashMap<>(customers.size() * 2);
            customers.forEach(customer -> byKey.put(customer.key(), customer.info()));
            return byKey;
        }
    }
}
