package io.customerlens.store;

import io.customerlens.domain.Contact;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact edits of one side of a sync, inside its one transaction (docs/decisions/0019): a push sends the laptop's
 * edits the server does not have or has from earlier.
 */
public final class ContactEditSync {

    /** What was typed on the card for one customer (null field: not edited) and when. */
    public record Edit(String customerKey, Contact contact, OffsetDateTime editedAt) {

        /** Whether this edit was made after {@code other}, or {@code other} is missing. */
        public boolean laterThan(Edit other) {
            return other == null || editedAt.isAfter(other.editedAt);
        }
    }

    private final ContactRepository contacts;
    private final SyncRows rows;

    public ContactEditSync(SyncTransaction transaction, SyncRows rows) {
        this.contacts = transaction.handle().attach(ContactRepository.class);
        this.rows = rows;
    }

    /** Every edit this side's login may read, by customer key. */
    public Map<String, Edit> all() {
        Map<String, Edit> edits = new LinkedHashMap<>();
        contacts.getHandle().createQuery("""
                        SELECT customer_key, phone, contact_person, address, wechat, edited_at
                        FROM customer_contact_edit ORDER BY customer_key""")
                .map((row, context) -> new Edit(row.getString("customer_key"), new Contact(row.getString("phone"),
                        row.getString("contact_person"), row.getString("address"), row.getString("wechat")),
                        row.getObject("edited_at", OffsetDateTime.class)))
                .forEach(edit -> edits.put(edit.customerKey(), edit));
        return edits;
    }

    /** The customers this side's login may read: an edit of any other could not be written here. */
    public Set<String> customers() {
        return contacts.getHandle().createQuery("SELECT customer_key FROM customer").mapTo(String.class).stream()
                .collect(Collectors.toSet());
    }

    /** Records {@code edit} here with its own time, as the card does (a field not edited keeps what is here). */
    public void send(Edit edit) {
        Contact contact = edit.contact();
        contacts.saveEdit(edit.customerKey(), contact.phone(), contact.contactPerson(), contact.address(),
                contact.wechat(), edit.editedAt());
        rows.written();
    }
}
