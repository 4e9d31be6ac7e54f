package io.customerlens.store;

import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.LineFact;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's stored lines with their products, for the customer card. There is no index on
 * customer_key (see V1): each query scans the lines once, which a card can afford.
 */
public interface CustomerLineRepository extends SqlObject {

    String SELECT = """
            SELECT l.line_date, l.order_no, l.product_key, p.name, p.category, p.sub_category, l.quantity,
                   l.unit_price, l.amount, l.is_return, l.cost, l.profit
            FROM sales_line l LEFT JOIN product p ON p.product_key = l.product_key
            WHERE l.customer_key = :customer AND l.""" + SalesLineRepository.VISIBLE;

    /** Every line of the customer on or before {@code asOf}, oldest first (ties in file order). */
    default List<CustomerSalesLine> linesUpTo(String customerKey, LocalDate asOf) {
        return getHandle().createQuery(SELECT + " AND l.line_date <= :asOf ORDER BY l.line_date, l.id")
                .bind("customer", customerKey)
                .bind("asOf", asOf)
                .map(CustomerLineRepository::line)
                .list();
    }

    /** One page of the customer's lines, newest first (ties: latest stored first). */
    default List<CustomerSalesLine> page(String customerKey, int offset, int limit) {
        return getHandle().createQuery(SELECT + " ORDER BY l.line_date DESC, l.id DESC LIMIT :limit OFFSET :offset")
                .bind("customer", customerKey)
                .bind("limit", limit)
                .bind("offset", offset)
                .map(CustomerLineRepository::line)
                .list();
    }

    default long count(String customerKey) {
        return getHandle().createQuery("SELECT COUNT(*) FROM sales_line WHERE customer_key = :customer AND "
                        + SalesLineRepository.VISIBLE)
                .bind("customer", customerKey)
                .mapTo(Long.class)
                .one();
    }

    private static CustomerSalesLine line(ResultSet row, StatementContext context) throws SQLException {
        BigDecimal amount = StoredNumbers.plain(row.getBigDecimal("amount"));
        BigDecimal cost = StoredNumbers.plain(row.getBigDecimal("cost"));
        BigDecimal profit = StoredNumbers.plain(row.getBigDecimal("profit"));
        return new CustomerSalesLine(row.getObject("line_date", LocalDate.class), row.getString("order_no"),
                row.getString("product_key"), row.getString("name"), row.getString("category"),
                row.getString("sub_category"), StoredNumbers.plain(row.getBigDecimal("quantity")),
                StoredNumbers.plain(row.getBigDecimal("unit_price")), amount, row.getBoolean("is_return"),
                LineFact.marginOf(amount, cost, profit));
    }
}
