package io.customerlens.domain;

/** A product as a sales line names it; the key is its code, else its name. */
public record ProductInfo(String code, String name, String category, String subCategory) {

    /** The product's identity: its code when there is one, otherwise its name; null when neither. */
    public String key() {
        if (code != null && !code.isBlank()) {
            return code;
        }
        return name == null || name.isBlank() ? null : name;
    }
}
