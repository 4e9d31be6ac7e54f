package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerSalesLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the customer card asks of the store: one customer and its lines. */
public final class CustomerLineStore {

    private final Database database;

    public CustomerLineStore(Database database) {
        this.database = database;
    }

    public Optional<Customer> customer(String customerKey) {
        return database.jdbi().withExtension(CustomerRepository.class, customers -> customers.find(customerKey));
    }

    /** The customer's lines on or before {@code asOf}, oldest first. */
    public List<CustomerSalesLine> linesUpTo(String customerKey, LocalDate asOf) {
        return database.jdbi().withExtension(CustomerLineRepository.class, lines -> lines.linesUpTo(customerKey, asOf));
    }

    /** A page of the customer's lines, newest first, and how many lines it has in all. */
    public Page page(String customerKey, int offset, int limit) {
        return database.jdbi().inTransaction(handle -> {
            CustomerLineRepository lines = handle.attach(CustomerLineRepository.class);
            return new Page(lines.page(customerKey, offset, limit), lines.count(customerKey));
        });
    }

    /** One page of lines and the total the pages add up to. */
    public record Page(List<CustomerSalesLine> lines, long total) {
    }
}
