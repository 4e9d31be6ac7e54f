package io.customerlens.store;

import io.customerlens.domain.Contact;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

/** Customers' contacts as shown (edited over imported) and the edits made on the card. */
public class ContactStore {

    private final Database database;

    public ContactStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The customer's contact: edited values over imported ones; {@link Contact#EMPTY} when none is known. */
    public Contact find(String customerKey) {
        return database.jdbi().withExtension(ContactRepository.class, contacts -> contacts.find(customerKey));
    }

    /** False on a read-only copy of the store (another window has it open). */
    public boolean writable() {
        return !database.isReadOnly();
    }

    /** Every customer's contact by key, customers without one left out. One query. */
    public Map<String, Contact> findAll() {
        return database.jdbi().withExtension(ContactRepository.class, ContactRepository::findAll);
    }

    /**
     * Records what was edited on the card, in one statement: {@code edits} holds, per field, null where the field
     * was not changed, '' where it was cleared, the new value otherwise.
     */
    public void saveEdit(String customerKey, ContactEdits edits, OffsetDateTime editedAt) {
        database.requireWritable();
        database.jdbi().useExtension(ContactRepository.class, contacts -> contacts.saveEdit(customerKey,
                edits.phone(), edits.contactPerson(), edits.address(), edits.wechat(), editedAt));
    }

    /** The fields of one edit: null = unchanged, '' = cleared, else the new value. */
    public record ContactEdits(String phone, String contactPerson, String address, String wechat) {

        /** The changes from {@code before} to {@code after}, field by field. */
        public static ContactEdits between(Contact before, Contact after) {
            return new ContactEdits(change(before.phone(), after.phone()),
                    change(before.contactPerson(), after.contactPerson()),
                    change(before.address(), after.address()), change(before.wechat(), after.wechat()));
        }

        public boolean none() {
            return phone == null && contactPerson == null && address == null && wechat == null;
        }

        private static String change(String before, String after) {
            if (Objects.equals(before, after)) {
                return null;
            }
            return after == null ? "" : after;
        }
    }
}
