package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.Field;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.UndoneImport;
import io.customerlens.domain.UnfinishedImport;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.ProductNameCount;
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

    /** The id of the latest complete import (0 before the first). */
    public long latestBatchId() {
        return database.jdbi().withExtension(ImportBatchRepository.class, ImportBatchRepository::latestId);
    }

    /**
     * The store's revision: it changes whenever the visible sales lines change, raised by every complete import
     * and every undone import (V5). Undoing an older import leaves {@link #latestBatchId()} as it was; this not.
     */
    public long revision() {
        return database.jdbi().withExtension(StoreRevisionRepository.class, StoreRevisionRepository::revision);
    }

    /**
     * Undoes one complete import in ONE transaction: deletes exactly the lines that came with it, then its record,
     * and raises the revision; a failure at any step leaves all of it as it was. Customers and products stay,
     * as do follow-up tasks: a customer without lines is ignored by every analysis, and the next import of its
     * lines finds its attributes (docs/decisions/0010). Empty for an unknown id (or an import under way).
     */
    public Optional<UndoneImport> undoImport(long batchId) {
        return database.jdbi().inTransaction(handle -> {
            ImportBatchRepository batches = handle.attach(ImportBatchRepository.class);
            Optional<ImportBatch> batch = batches.findComplete(batchId);
            if (batch.isEmpty()) {
                return Optional.<UndoneImport>empty();
            }
            long removed = handle.attach(SalesLineRepository.class).deleteBatch(batchId);
            if (batches.deleteComplete(batchId) != 1) {
                throw new IllegalStateException("import batch " + batchId + " changed while it was undone");
            }
            handle.attach(StoreRevisionRepository.class).raise();
            return Optional.of(new UndoneImport(batch.get(), removed));
        });
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
            long revision = handle.attach(StoreRevisionRepository.class).revision();
            SalesLineRepository sales = handle.attach(SalesLineRepository.class);
            sales.forEachSale(lines);
            ProductRepository products = handle.attach(ProductRepository.class);
            return new StoredSales(revision, handle.attach(CustomerRepository.class).findAll(),
                    products.findAll(), products.nameCounts(),
                    Optional.ofNullable(sales.lastDateBeforeLatestBatch()));
        });
    }

    /**
     * What goes with the lines of {@link #readAll}.
     *
     * @param revision               the store's {@link #revision()} when read
     * @param productNames           how many lines carried each name of each product code
     * @param asOfBeforeLatestImport {@link #asOfBeforeLatestImport()} when read
     */
    public record StoredSales(long revision, List<Customer> customers, List<ProductInfo> products,
                              List<ProductNameCount> productNames, Optional<LocalDate> asOfBeforeLatestImport) {
    }

    /**
     * Stored lines with their products, the customers and the products: what product and sales analysis reads.
     *
     * @param productNames how many lines carried each name of each product code
     */
    public record SalesData(List<SaleFact> facts, List<Customer> customers, List<ProductInfo> products,
                            List<ProductNameCount> productNames) {

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
