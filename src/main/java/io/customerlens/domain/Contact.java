package io.customerlens.domain;

/**
 * How to reach a customer: phone, contact person, address and WeChat, each null where unknown. Phone numbers
 * are text (leading zeros, +86, extensions kept as written). Customer data: never written to the log.
 */
public record Contact(String phone, String contactPerson, String address, String wechat) {

    public static final Contact EMPTY = new Contact(null, null, null, null);

    public Contact {
        phone = blankToNull(phone);
        contactPerson = blankToNull(contactPerson);
        address = blankToNull(address);
        wechat = blankToNull(wechat);
    }

    public boolean isEmpty() {
        return phone == null && contactPerson == null && address == null && wechat == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Masks the values: a contact in an exception message or a log line must not show the customer's data. */
    @Override
    public String toString() {
        return "Contact[" + (isEmpty() ? "empty" : "…") + "]";
    }
}
