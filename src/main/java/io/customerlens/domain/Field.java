package io.customerlens.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column of a sales line that the importer can map from a source header. */
public enum Field {
    CUSTOMER_ID, CUSTOMER_NAME, DATE, AMOUNT, ORDER_ID,
    PRODUCT_CODE, PRODUCT_NAME, CATEGORY, SUB_CATEGORY,
    QUANTITY, UNIT_PRICE, COST, PROFIT,
    CUSTOMER_TYPE, REGION, PROVINCE, CITY, INDUSTRY, CHANNEL, SALESPERSON,
    PHONE, CONTACT_PERSON, ADDRESS, WECHAT;

    /** The name used on the command line (--map customer_id=...) and in saved mappings. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Field> fromCliName(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
    }
}
