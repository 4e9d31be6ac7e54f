package io.customerlens.ui.common;

/** One entry of an attribute filter: a value found in the data, or {@link #ANY} (no filter). */
public record AttributeChoice(String value) {

    public static final AttributeChoice ANY = new AttributeChoice(null);

    public boolean isAny() {
        return value == null;
    }

    public boolean accepts(String attribute) {
        return isAny() || value.equals(attribute);
    }
}
