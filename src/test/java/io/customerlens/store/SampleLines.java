package io.customerlens.store;

import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ImportedLine;
import io.customerlens.domain.LineFingerprint;
import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.SalesLine;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds imported lines for store and service tests; the fingerprint is given, not computed. */
public final class SampleLines {

    private SampleLines() {
    }

    public static ImportedLine line(long fingerprint, String customerKey, String date, String amount) {
        return line(fingerprint, customerKey, date, amount, null, CustomerInfo.EMPTY);
    }

    public static ImportedLine line(long fingerprint, String customerKey, String date, String amount, String orderNo,
                                    CustomerInfo customer) {
        BigDecimal value = new BigDecimal(amount);
        SalesLine line = new SalesLine(customerKey, LocalDate.parse(date), value, value.signum() < 0, orderNo,
                null, null, null, null, customer, new ProductInfo(null, null, null, null));
        return new ImportedLine(line, new LineFingerprint(fingerprint, ~fingerprint), "Sheet1", (int) fingerprint + 1);
    }

    public static ImportedLine withProduct(ImportedLine imported, ProductInfo product) {
        SalesLine l = imported.line();
        SalesLine line = new SalesLine(l.customerKey(), l.date(), l.amount(), l.isReturn(), l.orderNo(), l.quantity(),
                l.unitPrice(), l.cost(), l.profit(), l.customer(), product);
        return new ImportedLine(line, imported.fingerprint(), imported.sheet(), imported.rowNumber());
    }

    public static CustomerInfo named(String id, String name, String region) {
        return new CustomerInfo(id, name, null, region, null, null, null, null, null);
    }
}
