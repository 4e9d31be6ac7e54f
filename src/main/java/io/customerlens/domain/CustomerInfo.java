package io.customerlens.domain;

/** Customer attributes as a sales line carries them; every part may be null. */
public record CustomerInfo(String id, String name, String type, String region, String province,
                           String city, String industry, String channel, String salesperson) {

    public static final CustomerInfo EMPTY = new CustomerInfo(null, null, null, null, null, null, null, null, null);
}
