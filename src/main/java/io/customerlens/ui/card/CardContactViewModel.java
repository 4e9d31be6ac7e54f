package io.customerlens.ui.card;

import io.customerlens.domain.Contact;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.ui.common.FailureReport;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.regex.Pattern;

/**
 * The customer's contact on the card: phone, contact person, WeChat and address as shown (edited over imported),
 * and editing them. Save stores only the fields that changed, apart from the imported lines, so they survive
 * re-imports; a field not touched keeps following the imports. Contacts are customer data: never logged.
 */
public final class CardContactViewModel {

    /** The store's text columns hold 1,000 characters. */
    static final int MAX_LENGTH = 1000;
    /** A phone number as people write it: digits with +, spaces, dashes, brackets, and an extension. */
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-\\s/#*.,;转分机ext]{3,60}", Pattern.CASE_INSENSITIVE);

    private final ContactService contacts;
    private final TaskRunner runner;
    private final Messages messages;
    private final String customerKey;

    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty contactPerson = new SimpleStringProperty(this, "contactPerson", "");
    private final StringProperty wechat = new SimpleStringProperty(this, "wechat", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Contact shown = Contact.EMPTY;

    CardContactViewModel(ContactService contacts, TaskRunner runner, Messages messages, String customerKey) {
        this.contacts = contacts;
        this.runner = runner;
        this.messages = messages;
        this.customerKey = customerKey;
    }

    /** Reads the contact shown (after opening the card, and after an import). */
    public void load() {
        runner.job(messages.get("customerView.contact.loading"), context -> contacts.contact(customerKey))
                .onSuccess(contact -> {
                    editable.set(contacts.editable());
                    if (!editing.get()) {
                        show(contact);
                    } else {
                        shown = contact;
                    }
                })
                .onFailure(failure -> message.set(messages.format("customerView.contact.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    /** Makes the fields editable. */
    public void edit() {
        if (editable.get()) {
            message.set("");
            editing.set(true);
        }
    }

    /** Drops what was typed and shows the stored contact again. */
    public void cancel() {
        editing.set(false);
        message.set("");
        show(shown);
    }

    /** Checks what was typed, then stores the changed fields; a refused value is said and nothing is stored. */
    public void save() {
        Contact edited = new Contact(phone.get(), contactPerson.get(), address.get(), wechat.get());
        String problem = problem(edited);
        if (problem != null) {
            message.set(problem);
            return;
        }
        Contact before = shown;
        runner.job(messages.get("customerView.contact.saving"), context -> contacts.edit(customerKey, before, edited))
                .onSuccess(saved -> {
                    editing.set(false);
                    show(saved);
                    message.set(messages.get("customerView.contact.saved"));
                })
                .onFailure(failure -> message.set(messages.format("customerView.contact.failed",
                        FailureReport.describe(messages, failure))))
                .start();
    }

    private String problem(Contact edited) {
        if (edited.phone() != null && !PHONE.matcher(edited.phone()).matches()) {
            return messages.get("customerView.contact.badPhone");
        }
        for (String value : new String[] {edited.phone(), edited.contactPerson(), edited.address(), edited.wechat()}) {
            if (value != null && value.length() > MAX_LENGTH) {
                return messages.format("customerView.contact.tooLong", MAX_LENGTH);
            }
        }
        return null;
    }

    private void show(Contact contact) {
        shown = contact;
        phone.set(orEmpty(contact.phone()));
        contactPerson.set(orEmpty(contact.contactPerson()));
        wechat.set(orEmpty(contact.wechat()));
        address.set(orEmpty(contact.address()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The contact as stored (not what is being typed). */
    public Contact shown() {
        return shown;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty wechatProperty() {
        return wechat;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** True while the fields are being edited. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** False on a read-only copy of the store, or where contacts are not kept. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Saved, a refused value, or a failure; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
