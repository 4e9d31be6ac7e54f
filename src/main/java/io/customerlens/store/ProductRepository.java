package io.customerlens.store;

import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.ProductNameCount;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.Collection;
import java.util.List;

/** Stored products (code, name, category, sub-category), keyed by code, else name. */
public interface ProductRepository extends SqlObject {

    /** Inserts new products and updates known ones; see {@link AttributeMerge} for which attributes win. */
    default void upsert(Collection<ProductUpdate> products) {
        if (products.isEmpty()) {
            return;
        }
        String sql = AttributeMerge.sql("product", "product_key", List.of("code", "name", "category", "sub_category"));
        PreparedBatch batch = getHandle().prepareBatch(sql);
        for (ProductUpdate update : products) {
            ProductInfo product = update.product();
            batch.bind(0, product.key())
                    .bind(1, product.code())
                    .bind(2, product.name())
                    .bind(3, product.category())
                    .bind(4, product.subCategory())
                    .bind(5, update.lineDate())
                    .add();
        }
        batch.execute();
    }

    /** Every product; {@link ProductInfo#key()} of each is its stored key. */
    @SqlQuery("SELECT code, name, category, sub_category FROM product ORDER BY product_key")
    @RegisterConstructorMapper(ProductInfo.class)
    List<ProductInfo> findAll();

    /** Records how many of an import's lines carried each name of each product (see V10__product_names.sql). */
    default void insertNames(long batchId, Collection<ProductNameCount> names) {
        if (names.isEmpty()) {
            return;
        }
        PreparedBatch batch = getHandle().prepareBatch(
                "INSERT INTO product_name (batch_id, product_key, name, line_count) VALUES (?, ?, ?, ?)");
        for (ProductNameCount count : names) {
            batch.bind(0, batchId).bind(1, count.productKey()).bind(2, count.name()).bind(3, count.lines()).add();
        }
        batch.execute();
    }

    /** The lines of every complete import per product and name, by product and name. */
    @SqlQuery("SELECT n.product_key, n.name, SUM(n.line_count) AS lines FROM product_name n"
            + " JOIN import_batch b ON b.id = n.batch_id WHERE b.complete"
            + " GROUP BY n.product_key, n.name ORDER BY n.product_key, n.name")
    @RegisterConstructorMapper(ProductNameCount.class)
    List<ProductNameCount> nameCounts();

    @SqlQuery("SELECT COUNT(*) FROM product")
    long count();
}
