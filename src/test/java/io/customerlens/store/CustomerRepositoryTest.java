package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@OnEveryStore
class CustomerRepositoryTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

    @Parameter
    TestStore store;
    @TempDir
    Path folder;
    private Database database;

    @BeforeEach
    void open() {
        database = store.open(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void upsert(CustomerUpdate... updates) {
        database.jdbi().useExtension(CustomerRepository.class, customers -> customers.upsert(List.of(updates)));
    }

    private CustomerInfo stored(String key) {
        return database.jdbi().withExtension(CustomerRepository.class, customers -> customers.find(key))
                .map(Customer::info).orElseThrow();
    }

    private static CustomerInfo info(String name, String region, String salesperson) {
        return new CustomerInfo("C1", name, null, region, null, null, null, null, salesperson);
    }

    @Test
    void aNewCustomerIsInsertedWithItsAttributes() {
        upsert(new CustomerUpdate("C1", info("Shop A", "North", "Li"), MARCH));

        assertThat(stored("C1")).isEqualTo(info("Shop A", "North", "Li"));
        assertThat(database.jdbi().withExtension(CustomerRepository.class, CustomerRepository::count)).isEqualTo(1);
    }

    @Test
    void attributesOfANewerLineReplaceTheStoredOnes() {
        upsert(new CustomerUpdate("C1", info("Shop A", "North", "Li"), MARCH));

        upsert(new CustomerUpdate("C1", info("Shop A2", "South", "Wang"), APRIL));

        assertThat(stored("C1")).isEqualTo(info("Shop A2", "South", "Wang"));
    }

    @Test
    void aMissingNewerValueKeepsTheStoredOne() {
        upsert(new CustomerUpdate("C1", info("Shop A", "North", "Li"), MARCH));

        upsert(new CustomerUpdate("C1", info("Shop A2", null, null), APRIL));

        assertThat(stored("C1")).isEqualTo(info("Shop A2", "North", "Li"));
    }

    @Test
    void anOlderImportOnlyFillsMissingValues() {
        upsert(new CustomerUpdate("C1", info("Shop A2", null, "Wang"), APRIL));

        upsert(new CustomerUpdate("C1", info("Shop A", "North", "Li"), MARCH));

        assertThat(stored("C1")).isEqualTo(info("Shop A2", "North", "Wang"));
    }

    @Test
    void customersAreListedByKeyWithTheirAttributes() {
        upsert(new CustomerUpdate("C2", CustomerInfo.EMPTY, MARCH),
                new CustomerUpdate("00123", info("Shop A", null, null), MARCH));

        List<Customer> customers = database.jdbi().withExtension(CustomerRepository.class, CustomerRepository::findAll);

        assertThat(customers).containsExactly(new Customer("00123", info("Shop A", null, null)),
                new Customer("C2", CustomerInfo.EMPTY));
    }
}
