package io.customerlens.store;

import io.customerlens.domain.Contact;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' contacts: the imported values (customer table, latest non-empty line wins) under the values edited
 * on the card ({@code customer_contact_edit}, which no import touches). Per field, an edited value wins; an edit
 * of '' clears the field.
 */
public interface ContactRepository extends SqlObject {

    String SELECT = """
            SELECT k.customer_key,
                   COALESCE(e.phone, c.phone) AS phone,
                   COALESCE(e.contact_person, c.contact_person) AS contact_person,
                   COALESCE(e.address, c.address) AS address,
                   COALESCE(e.wechat, c.wechat) AS wechat
            FROM (SELECT customer_key FROM customer UNION SELECT customer_key FROM customer_contact_edit) k
            LEFT JOIN customer c ON c.customer_key = k.customer_key
            LEFT JOIN customer_contact_edit e ON e.customer_key = k.customer_key""";

    /** The contact shown for a customer: edited values over imported ones; empty when neither is known. */
    default Contact find(String customerKey) {
        return getHandle().createQuery(SELECT + " WHERE k.customer_key = ?").bind(0, customerKey)
                .map(ContactRepository::contact).findOne().orElse(Contact.EMPTY);
    }

    /** Every customer's shown contact, by key; customers without any are left out. */
    default Map<String, Contact> findAll() {
        Map<String, Contact> contacts = new HashMap<>();
        getHandle().createQuery(SELECT).map((row, context) -> Map.entry(row.getString("customer_key"), contact(row, context)))
                .forEach(entry -> {
                    if (!entry.getValue().isEmpty()) {
                        contacts.put(entry.getKey(), entry.getValue());
                    }
                });
        return contacts;
    }

    /** The values edited on the card, or empty when the customer's contact was never edited. */
    default Optional<Contact> findEdit(String customerKey) {
        return getHandle().createQuery("""
                        SELECT customer_key, phone, contact_person, address, wechat FROM customer_contact_edit
                        WHERE customer_key = ?""").bind(0, customerKey)
                .map(ContactRepository::contact).findOne();
    }

    /**
     * Records edits: a null field is left as it was (imported, or edited before), '' clears the field, any
     * other value replaces it. One statement.
     */
    default void saveEdit(String customerKey, String phone, String contactPerson, String address, String wechat,
                          OffsetDateTime editedAt) {
        getHandle().createUpdate("""
                        MERGE INTO customer_contact_edit t
                        USING (SELECT CAST(? AS VARCHAR(1000)) AS customer_key, CAST(? AS VARCHAR(1000)) AS phone,
                                      CAST(? AS VARCHAR(1000)) AS contact_person, CAST(? AS VARCHAR(1000)) AS address,
                                      CAST(? AS VARCHAR(1000)) AS wechat,
                                      CAST(? AS TIMESTAMP WITH TIME ZONE) AS edited_at) s
                        ON t.customer_key = s.customer_key
                        WHEN MATCHED THEN UPDATE SET phone = COALESCE(s.phone, t.phone),
                            contact_person = COALESCE(s.contact_person, t.contact_person),
                            address = COALESCE(s.address, t.address), wechat = COALESCE(s.wechat, t.wechat),
                            edited_at = s.edited_at
                        WHEN NOT MATCHED THEN INSERT (customer_key, phone, contact_person, address, wechat, edited_at)
                            VALUES (s.customer_key, s.phone, s.contact_person, s.address, s.wechat, s.edited_at)""")
                .bind(0, customerKey).bind(1, phone).bind(2, contactPerson).bind(3, address).bind(4, wechat)
                .bind(5, editedAt).execute();
    }

    private static Contact contact(ResultSet row, StatementContext context) throws SQLException {
        return new Contact(row.getString("phone"), row.getString("contact_person"), row.getString("address"),
                row.getString("wechat"));
    }
}
