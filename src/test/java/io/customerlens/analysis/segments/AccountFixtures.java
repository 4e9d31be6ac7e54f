package io.customerlens.analysis.segments;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line builders for the key-account, lifecycle and cohort tests. Expectations are never computed with
 * them, only inputs.
 */
final class AccountFixtures {

    private AccountFixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A purchase without an order number or margin. */
    static LineFact buy(String customer, String date, String amount) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, null, null);
    }

    static LineFact buy(String customer, String date, String amount, String orderNo) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, orderNo, null);
    }

    /** A purchase with a known margin (no order number). */
    static LineFact buyWithMargin(String customer, String date, String amount, String margin) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, null, new BigDecimal(margin));
    }

    /** A return: a negative amount, flagged as a return. */
    static LineFact giveBack(String customer, String date, String negativeAmount) {
        return new LineFact(customer, day(date), new BigDecimal(negativeAmount), true, null, null);
    }

    static LineFact giveBack(String customer, String date, String negativeAmount, String orderNo) {
        return new LineFact(customer, day(date), new BigDecimal(negativeAmount), true, orderNo, null);
    }

    /**
     * Lines from space-separated tokens: {@code 2024-05} is a purchase of 100 on 2024-05-15, {@code 2024-05-03}
     * a purchase of 100 on that day, and a leading {@code -} makes either a return of −100.
     */
    static List<LineFact> lines(String customer, String tokens) {
        List<LineFact> lines = new ArrayList<>();
        for (String token : tokens.trim().split(" +")) {
            boolean isReturn = token.startsWith("-");
            String date = isReturn ? token.substring(1) : token;
            date = date.length() == 7 ? date + "-15" : date;
            lines.add(isReturn ? giveBack(customer, date, "-100") : buy(customer, date, "100"));
        }
        return lines;
    }

    /** The lines grouped by customer, sorted by key, as given (no as-of filtering: the analyses do theirs). */
    static List<CustomerLines> customers(List<LineFact> lines) {
        Map<String, List<LineFact>> byKey = new TreeMap<>();
        lines.forEach(line -> byKey.computeIfAbsent(line.customerKey(), k -> new ArrayList<>()).add(line));
        List<CustomerLines> customers = new ArrayList<>();
        byKey.forEach((key, own) -> customers.add(new CustomerLines(key, own)));
        return customers;
    }

    static List<CustomerLines> customers(LineFact... lines) {
        return customers(Arrays.asList(lines));
    }
}
