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
 * Line builders for the segment, key-account, lifecycle and cohort tests. Expectations are never computed
 * with them, only inputs.
 */
final class SegmentLines {

    private SegmentLines() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A purchase without an order number. */
    static LineFact buy(String customer, String date, String amount) {
        return buy(customer, date, amount, null);
    }

    static LineFact buy(String customer, String date, String amount, String orderNo) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, orderNo);
    }

    /** A return: a negative amount, flagged as a return. */
    static LineFact giveBack(String customer, String date, String negativeAmount, String orderNo) {
        return new LineFact(customer, day(date), new BigDecimal(negativeAmount), true, orderNo);
    }

    static LineFact giveBack(String customer, String date, String negativeAmount) {
        return giveBack(customer, date, negativeAmount, null);
    }

    /** A purchase with a known margin (no order number). */
    static LineFact buyWithMargin(String customer, String date, String amount, String margin) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, null, new BigDecimal(margin));
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

    /** The lines grouped by customer, by key, as given (no as-of filtering: the analyses must do theirs). */
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

    /**
     * A customer with exactly R = {@code r}, F = {@code f} and M = {@code m} seen from {@code asOf}: a purchase
     * of m on A − r, f − 1 purchases of 1 on the f − 1 days before it, and (when f &gt; 1) a return of −(f − 1)
     * on A − r, which takes those ones back out of M without being an order or moving R.
     */
    static CustomerLines rfm(String key, LocalDate asOf, long r, long f, String m) {
        LocalDate last = asOf.minusDays(r);
        List<LineFact> lines = new ArrayList<>();
        for (long i = f - 1; i >= 1; i--) {
            lines.add(new LineFact(key, last.minusDays(i), BigDecimal.ONE, false, null));
        }
        lines.add(new LineFact(key, last, new BigDecimal(m), false, null));
        if (f > 1) {
            lines.add(new LineFact(key, last, BigDecimal.valueOf(-(f - 1)), true, null));
        }
        return new CustomerLines(key, lines);
    }

    /** Customers from "key r f m" rows, e.g. {@code "C1 10 3 500"}. */
    static List<CustomerLines> rfmTable(LocalDate asOf, String... rows) {
        return Arrays.stream(rows).map(row -> row.trim().split(" +"))
                .map(p -> rfm(p[0], asOf, Long.parseLong(p[1]), Long.parseLong(p[2]), p[3])).toList();
    }
}
