package io.customerlens.service.contacts;

import io.customerlens.domain.Contact;
import io.customerlens.store.ContactStore;
import io.customerlens.store.ContactStore.ContactEdits;
import io.customerlens.store.Database;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Customers' contacts (phone, contact person, address, WeChat): imported with the sales lines, the latest
 * non-empty value kept per customer, and edited on the customer card. An edit is stored apart from imported
 * values and wins over them, also after later imports. Call off the FX thread. Contacts are customer data:
 * nothing here writes them to the log.
 */
public class ContactService {

    /** No store (tests and tools without contacts): every contact empty, edits refused. */
    public static final ContactService NONE = new ContactService((ContactStore) null, Clock.systemDefaultZone());

    private final ContactStore store;
    private final Clock clock;

    public ContactService(Database database, Clock clock) {
        this(database == null ? null : new ContactStore(database), clock);
    }

    private ContactService(ContactStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The customer's contact as shown: edited values over imported ones. */
    public Contact contact(String customerKey) {
        return store == null ? Contact.EMPTY : store.find(customerKey);
    }

    /** Every customer's contact by key; a customer without any is absent. */
    public Map<String, Contact> contacts() {
        return store == null ? Map.of() : store.findAll();
    }

    /** Whether contacts can be edited here. */
    public boolean editable() {
        return store != null && store.writable();
    }

    /**
     * Saves what changed from {@code shown} (the contact the card showed) to {@code edited}: only the fields that
     * differ become edits, so an unchanged field keeps following the imports.
     *
     * @return the contact now shown
     */
    public Contact edit(String customerKey, Contact shown, Contact edited) {
        if (store == null) {
            throw new IllegalStateException("contacts are not kept here");
        }
        ContactEdits edits = ContactEdits.between(shown, edited);
        if (!edits.none()) {
            store.saveEdit(customerKey, edits, OffsetDateTime.now(clock));
        }
        return store.find(customerKey);
    }
}
