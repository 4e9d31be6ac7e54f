package io.customerlens.store;

import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerInfo;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored customers and their attributes. */
public interface CustomerRepository extends SqlObject {

    String SELECT = """
            SELECT customer_key, customer_id, name, customer_type, region, province, city, industry, channel,
                   salesperson
            FROM customer""";

    /**
     * Inserts new customers and updates known ones; see {@link AttributeMerge} for which attributes win.
     * One JDBC batch: callers pass every customer of an import at once.
     */
    default void upsert(Collection<CustomerUpdate> customers) {
        if (customers.isEmpty()) {
            return;
        }
        String sql = AttributeMerge.sql("customer", "customer_key", List.of("customer_id", "name", "customer_type",
                "region", "province", "city", "industry", "channel", "salesperson", "phone", "contact_person", "address",
                "wechat"));
        PreparedBatch batch = getHandle().prepareBatch(sql);
        for (CustomerUpdate update : customers) {
            CustomerInfo info = update.info();
            batch.bind(0, update.key())
                    .bind(1, info.id())
                    .bind(2, info.name())
                    .bind(3, info.type())
                    .bind(4, info.region())
                    .bind(5, info.province())
                    .bind(6, info.city())
                    .bind(7, info.industry())
                    .bind(8, info.channel())
                    .bind(9, info.salesperson())
                    .bind(10, update.contact().phone())
                    .bind(11, update.contact().contactPerson())
                    .bind(12, update.contact().address())
                    .bind(13, update.contact().wechat())
                    .bind(14, update.lineDate())
                    .add();
        }
        batch.execute();
    }

    default List<Customer> findAll() {
        return getHandle().createQuery(SELECT + " ORDER BY customer_key").map(CustomerRepository::customer).list();
    }

    default Optional<Customer> find(String key) {
        return getHandle().createQuery(SELECT + " WHERE customer_key = ?").bind(0, key)
                .map(CustomerRepository::customer).findOne();
    }

    @SqlQuery("SELECT COUNT(*) FROM customer")
    long count();

    /**
     * Whether this login may read the customer: on a team server, row-level security hides the customers of other
     * salespeople (docs/decisions/0016), and a task about such a customer may not be written.
     */
    @SqlQuery("SELECT COUNT(*) > 0 FROM customer WHERE customer_key = ?")
    boolean isVisible(String key);

    private static Customer customer(ResultSet row, StatementContext context) throws SQLException {
        CustomerInfo info = new CustomerInfo(row.getString("customer_id"), row.getString("name"),
                row.getString("customer_type"), row.getString("region"), row.getString("province"),
                row.getString("city"), row.getString("industry"), row.getString("channel"),
                row.getString("salesperson"));
        return new Customer(row.getString("customer_key"), info);
    }
}
