package io.customerlens.service.snapshot;

import io.customerlens.analysis.CustomerAnalysis;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.analysis.products.SalesByMonth;
import io.customerlens.analysis.products.SalesExtent;
import io.customerlens.analysis.risk.CustomerTrack;
import io.customerlens.domain.Customer;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.CustomerLedger;
import io.customerlens.domain.CustomerSalesLine;
import io.customerlens.domain.CustomerSummary;
import io.customerlens.domain.LineFact;
import io.customerlens.domain.LineList;
import io.customerlens.domain.ProductInfo;
import io.customerlens.store.SalesStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the store held at one revision, read once, and every analysis result computed from it
 * (docs/decisions/0008). Every page, the customer card, the follow-up side panel, the CLI and the reports take
 * their figures from the snapshot of the store's current revision ({@link AnalysisSnapshots}); none reads
 * sales lines from the store itself.
 *
 * <p>Lines are kept column by column ({@link SalesColumns}); {@link #customerData()} and {@link #salesData()}
 * show them as lists whose elements are made on demand, so analysis code reads them as before. Results are
 * memoised by {@link #memo}: the same analysis with the same options is computed once per snapshot.
 */
public final class AnalysisSnapshot {

    /** Distinct (analysis, options) results kept per snapshot (a page takes a few to a dozen): every page and several option changes. */
    private static final int MEMO_CAPACITY = 96;

    /** Memo keys of the snapshot's own indexes. */
    private static final Object CUSTOMER_KEY_SET = new Object();
    private static final Object CUSTOMER_KEYS_IN_ORDER = new Object();
    private static final Object SALESPEOPLE = new Object();

    private final long revision;
    private final SalesColumns lines;
    private final List<Customer> customers;
    private final List<ProductInfo> products;
    private final Optional<LocalDate> asOfBeforeLatestImport;
    private final SalesStore.CustomerData customerData;
    private final SalesStore.SalesData salesData;
    private final Map<String, ProductInfo> productsByKey;
    private final Memo memo = new Memo(MEMO_CAPACITY);

    AnalysisSnapshot(SalesColumns lines, SalesStore.StoredSales stored) {
        this.revision = stored.revision();
        this.lines = lines;
        this.customers = List.copyOf(stored.customers());
        this.products = List.copyOf(stored.products());
        this.asOfBeforeLatestImport = stored.asOfBeforeLatestImport();
        this.customerData = new SalesStore.CustomerData(new LineList<>(lines.size(), lines::lineFact), customers);
        this.salesData = new SalesStore.SalesData(new LineList<>(lines.size(), lines::saleFact), customers, products,
                stored.productNames());
        this.productsByKey = salesData.productsByKey();
    }

    /** The store's revision this snapshot shows (its latest complete import's id; 0 for an empty store). */
    public long revision() {
        return revision;
    }

    public int lineCount() {
        return lines.size();
    }

    /**
     * The latest date of any line: the as-of date an analysis takes when none is chosen. Services key their memos
     * by it, so "the latest date" and that date chosen by hand share one result.
     */
    public Optional<LocalDate> lastDate() {
        return lines.lastDate();
    }

    public boolean isEmpty() {
        return lines.size() == 0;
    }

    /** Every line as customer analysis reads it, and every customer. */
    public SalesStore.CustomerData customerData() {
        return customerData;
    }

    /** The lines' first and last dates and whether any has a quantity or a margin, without a pass over them. */
    public SalesExtent salesExtent() {
        return memo(SalesExtent.class, lines::extent);
    }

    /** Every line with its quantity and product, every customer and every product. */
    public SalesStore.SalesData salesData() {
        return salesData;
    }

    /**
     * Pushes every line on or before the builder's as-of date into it, straight from the columns: the month sums
     * Home's figures read, made without a line object (the same lines, in the same order, as {@link #salesData()}).
     */
    public void feedSales(SalesByMonth.Builder builder) {
        lines.feed(builder);
    }

    public List<Customer> customers() {
        return customers;
    }

    /**
     * The salespeople of the customers (their {@code salesperson} attribute), each once, in natural order; blank
     * values are none.
     */
    public List<String> salespeople() {
        return memo(SALESPEOPLE, () -> customers.stream().map(customer -> customer.info().salesperson())
                .filter(name -> name != null && !name.isBlank()).distinct().sorted().toList());
    }

    /**
     * This snapshot narrowed to one salesperson's customers, their lines and nothing else: what that salesperson's
     * own login reads on a team server (docs/decisions/0021). Products and product names stay whole, as the
     * server shows every login all of them. Made from these columns, not from the store, once per salesperson;
     * its analyses are memoised in it like this snapshot's.
     */
    public AnalysisSnapshot scopedTo(String salesperson) {
        return memo(List.of(AnalysisSnapshot.class, salesperson), () -> {
            List<Customer> theirs = customers.stream()
                    .filter(customer -> salesperson.equals(customer.info().salesperson())).toList();
            SalesColumns share = lines.only(theirs.stream().map(Customer::key).toList());
            return new AnalysisSnapshot(share, new SalesStore.StoredSales(revision, theirs, products,
                    salesData.productNames(), asOfBeforeLatestImport));
        });
    }

    /** Whether the store holds a customer with this key. */
    public boolean hasCustomer(String customerKey) {
        return memo(CUSTOMER_KEY_SET, () -> {
            java.util.Set<String> keys = new java.util.HashSet<>(customers.size() * 2);
            customers.forEach(customer -> keys.add(customer.key()));
            return keys;
        }).contains(customerKey);
    }

    /** The default as-of date the store had before its latest import; empty when every line came with one. */
    public Optional<LocalDate> asOfBeforeLatestImport() {
        return asOfBeforeLatestImport;
    }

    /**
     * Every customer's purchase history up to {@code asOf}, computed once per date: lapse analysis, segments
     * and the backtest all start from it.
     */
    public List<PurchaseHistory> purchaseHistories(LocalDate asOf) {
        return memo(List.of(PurchaseHistory.class, asOf), () -> {
            // Straight from the columns: the same lines as customerData's, without a line object each.
            PurchaseHistories.Collector collector = new PurchaseHistories.Collector(asOf);
            lines.feed(collector);
            return collector.histories();
        });
    }

    /** Every customer's summary as of {@code asOf} (first and last purchase, orders, net …), computed once per date. */
    public List<CustomerSummary> summaries(LocalDate asOf) {
        return memo(List.of(CustomerSummary.class, asOf), () -> new CustomerAnalysis().summarize(customerData.facts(), asOf));
    }

    /**
     * Every customer's lines as the lapse-risk model reads them (docs/definitions.md, "Lapse-risk model"), in
     * customer key order; attributes in {@link CustomerAttribute} order. Made once per snapshot.
     */
    public List<CustomerTrack> customerTracks() {
        return memo(CustomerTrack.class, () -> {
            Map<String, CustomerInfo> infos = customerData.infoByKey();
            return lines.tracks(key -> {
                CustomerInfo info = infos.getOrDefault(key, CustomerInfo.EMPTY);
                List<String> values = new ArrayList<>();
                for (CustomerAttribute attribute : CustomerAttribute.values()) {
                    values.add(attribute.of(info));
                }
                return values;
            }, productKey -> {
                ProductInfo product = productsByKey.get(productKey);
                return product == null ? null : product.category();
            });
        });
    }

    /** One customer's lines by date (stored order within a day), found without a scan. */
    public List<LineFact> linesOf(String customerKey) {
        int[] indexes = lines.linesOf(customerKey);
        return new LineList<>(indexes.length, position -> lines.lineFact(indexes[position]));
    }

    /** Every customer's lines by date, for analyses that go customer by customer. */
    public CustomerLedger ledger() {
        List<String> keys = memo(CUSTOMER_KEYS_IN_ORDER, lines::customerKeys);
        return new CustomerLedger() {
            @Override
            public List<String> customerKeys() {
                return keys;
            }

            @Override
            public List<LineFact> linesByDate(String customerKey) {
                return linesOf(customerKey);
            }
        };
    }

    /** One customer's lines on or before {@code asOf} with their products, oldest first (ties in stored order). */
    public List<CustomerSalesLine> customerLinesUpTo(String customerKey, LocalDate asOf) {
        long last = asOf.toEpochDay();
        List<CustomerSalesLine> upTo = new ArrayList<>();
        for (int line : lines.linesOf(customerKey)) {
            if (lines.epochDay(line) <= last) {
                upTo.add(lines.customerSalesLine(line, productsByKey));
            }
        }
        return upTo;
    }

    /** One page of the customer's lines, newest first (ties: latest stored first). */
    public List<CustomerSalesLine> customerLinesNewestFirst(String customerKey, int offset, int limit) {
        int[] ordered = lines.linesOf(customerKey);
        List<CustomerSalesLine> page = new ArrayList<>(Math.min(limit, ordered.length));
        for (int position = ordered.length - 1 - offset; position >= 0 && page.size() < limit; position--) {
            page.add(lines.customerSalesLine(ordered[position], productsByKey));
        }
        return page;
    }

    /** How many lines the customer has (whatever their dates). */
    public int customerLineCount(String customerKey) {
        return lines.linesOf(customerKey).length;
    }

    /**
     * The result of an analysis of this snapshot with these options, computed the first time it is asked for.
     *
     * @param key what the result depends on besides the snapshot: the analysis's name and its options (wrap
     *            a large input in {@link Identity})
     */
    public <T> T memo(Object key, Supplier<T> compute) {
        return memo.get(key, compute);
    }

    /** Whether {@link #memo} has a finished result for {@code key}; computes nothing and never waits. */
    public boolean hasMemo(Object key) {
        return memo.isDone(key);
    }

    /** About how many bytes the lines take, for the benchmark's notes. */
    public long lineBytes() {
        return lines.bytes();
    }
}
