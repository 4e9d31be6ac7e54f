package io.customerlens.service;

import io.customerlens.domain.Customer;
import io.customerlens.domain.ImportBatch;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.ProductInfo;
import io.customerlens.store.CustomerRepository;
import io.customerlens.store.Database;
import io.customerlens.store.ImportBatchRepository;
import io.customerlens.store.ProductRepository;
import io.customerlens.store.SalesLineRepository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything a test compares to prove an import changed the store, or left it exactly as it was. */
record StoreSnapshot(Set<LineFact> lines, long lineCount, List<Customer> customers, List<ProductInfo> products,
                     List<ImportBatch> batches, long rememberedMappings) {

    static StoreSnapshot of(Database database) {
        return database.jdbi().withHandle(handle -> {
            SalesLineRepository lines = handle.attach(SalesLineRepository.class);
            Set<LineFact> facts = new HashSet<>();
            lines.forEachSale((fact, unitPrice) -> facts.add(fact.toLineFact()));
            return new StoreSnapshot(facts, lines.count(),
                    handle.attach(CustomerRepository.class).findAll(),
                    handle.attach(ProductRepository.class).findAll(),
                    handle.attach(ImportBatchRepository.class).list(),
                    handle.createQuery("SELECT COUNT(*) FROM column_mapping").mapTo(Long.class).one());
        });
    }
}
