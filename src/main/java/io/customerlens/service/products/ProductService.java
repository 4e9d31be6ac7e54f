package io.customerlens.service.products;

import io.customerlens.analysis.products.AnomalyResult;
import io.customerlens.analysis.products.AnomalyRule;
import io.customerlens.analysis.products.BcgAnalysis;
import io.customerlens.analysis.products.BcgOptions;
import io.customerlens.analysis.products.BcgResult;
import io.customerlens.analysis.products.BcgUnit;
import io.customerlens.analysis.products.ComparisonPeriod;
import io.customerlens.analysis.products.KpiGranularity;
import io.customerlens.analysis.products.KpiSeries;
import io.customerlens.analysis.products.MonthSales;
import io.customerlens.analysis.products.PeriodPair;
import io.customerlens.analysis.products.ProductNames;
import io.customerlens.analysis.products.SalesByMonth;
import io.customerlens.analysis.products.SalesAnomalies;
import io.customerlens.analysis.products.SalesExtent;
import io.customerlens.analysis.products.SalesFacts;
import io.customerlens.analysis.products.SalesKpis;
import io.customerlens.analysis.products.SalesStructure;
import io.customerlens.analysis.products.StructureDimension;
import io.customerlens.analysis.products.StructureResult;
import io.customerlens.analysis.products.StoppedCustomer;
import io.customerlens.analysis.products.StoppedCustomers;
import io.customerlens.analysis.products.UnitCustomer;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.products.UnitDetails;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.ProductInfo;
import io.customerlens.service.snapshot.AnalysisSnapshot;
import io.customerlens.service.snapshot.AnalysisSnapshots;
import io.customerlens.service.snapshot.Identity;
import io.customerlens.store.Database;
import io.customerlens.store.SalesStore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Products and sales over the store: BCG matrix, sales KPIs, structure and anomalies. Read once with
 * {@link #load}, then analyse the {@link ProductData} as often as the user changes a choice. Off the FX thread.
 */
public class ProductService {

    private final AnalysisSnapshots snapshots;
    private final BcgAnalysis bcgAnalysis = new BcgAnalysis();
    private final SalesKpis salesKpis = new SalesKpis();
    private final SalesStructure salesStructure = new SalesStructure();
    private final SalesAnomalies salesAnomalies = new SalesAnomalies();
    private final UnitDetails unitDetails = new UnitDetails();
    private final StoppedCustomers stoppedCustomers = new StoppedCustomers();

    /** Over its own snapshot of the store (tests, and tools that use one service). */
    public ProductService(Database database) {
        this(new AnalysisSnapshots(database));
    }

    /** @param snapshots the store's snapshot, shared with every other service over the same store */
    public ProductService(AnalysisSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The lines with their products, from the current snapshot. @param asOf empty = the latest date of any stored line */
    public ProductData load(Optional<LocalDate> asOf) {
        AnalysisSnapshot snapshot = snapshots.current();
        Optional<LocalDate> effective = asOf.or(snapshot::lastDate);
        return snapshot.memo(List.of(ProductData.class, effective), () -> from(snapshot, effective));
    }

    private ProductData from(AnalysisSnapshot snapshot, Optional<LocalDate> asOf) {
        SalesStore.SalesData stored = snapshot.salesData();
        SalesExtent extent = snapshot.salesExtent();
        Map<String, CustomerInfo> customers = new HashMap<>(stored.customers().size() * 2);
        stored.customers().forEach(customer -> customers.put(customer.key(), customer.info()));
        Map<String, ProductInfo> latest = stored.productsByKey();
        ProductNames names = ProductNames.of(stored.productNames(), latest);
        SalesFacts all = new SalesFacts(stored.facts(), names.applyTo(latest), customers, names, extent);
        Optional<LocalDate> effective = asOf.or(all::lastDate);
        // The month sums come from this snapshot's columns, whichever snapshot is current when they are asked for.
        return effective.map(date -> new ProductData(date, all.upTo(date), snapshot::feedSales)).orElse(ProductData.EMPTY);
    }

    /**
     * The data's lines summed per month, once per data: Home's KPIs, structure, dimensions and anomalies all read
     * these instead of a pass over the lines each.
     */
    public SalesByMonth months(ProductData data) {
        return snapshots.current().memo(List.of(SalesByMonth.class, new Identity(data)), () -> {
            SalesByMonth.Builder builder = new SalesByMonth.Builder(data.sales(), asOfOrEpoch(data));
            data.lines().feed(builder);
            return builder.build();
        });
    }

    /** The BCG matrix for a unit, period and thresholds ({@link BcgOptions#of} for the contract's defaults). */
    public BcgResult bcg(ProductData data, BcgOptions options) {
        return snapshots.current().memo(List.of(BcgResult.class, new Identity(data), options),
                () -> bcgAnalysis.analyse(data.sales(), asOfOrEpoch(data), options));
    }

    /** Sales KPIs per period, with MoM and YoY; for the Home tiles use MONTH and {@link KpiSeries#latestComplete()}. */
    public KpiSeries kpis(ProductData data, KpiGranularity granularity) {
        return snapshots.current().memo(List.of(KpiSeries.class, new Identity(data), granularity),
                () -> granularity == KpiGranularity.MONTH ? salesKpis.monthly(months(data))
                        : salesKpis.analyse(data.sales(), asOfOrEpoch(data), granularity));
    }

    /** The dimensions some line of {@code data} has a value for, in their order; once per data. */
    public List<StructureDimension> dimensionsWithValues(ProductData data) {
        return snapshots.current().memo(List.of(StructureDimension.class, new Identity(data)),
                () -> months(data).dimensionsWithValues());
    }

    /** Shares of net sales by one dimension in a period and the one it is compared with. */
    public StructureResult structure(ProductData data, StructureDimension dimension, ComparisonPeriod period) {
        PeriodPair spans = period.spans(asOfOrEpoch(data));
        return SalesStructure.wholeMonths(spans, asOfOrEpoch(data))
                ? salesStructure.analyse(months(data), dimension, spans)
                : salesStructure.analyse(data.sales(), dimension, spans);
    }

    /** Complete months checked against trend and season; the flagged ones with their largest contributors. */
    public AnomalyResult anomalies(ProductData data, AnomalyRule rule) {
        return salesAnomalies.analyse(months(data), rule);
    }

    /** The customers who buy a unit most in the period (and what they bought the period before). */
    public List<UnitCustomer> topCustomers(ProductData data, BcgUnit unit, String unitKey, ComparisonPeriod period,
                                           int limit) {
        return unitDetails.topCustomers(data.sales(), unit, unitKey, period.spans(asOfOrEpoch(data)), limit);
    }

    /** The customers who bought the unit in the current period of the comparison (the matrix's sales period). */
    public java.util.Set<String> buyers(ProductData data, BcgUnit unit, String unitKey, ComparisonPeriod period) {
        return unitDetails.buyers(data.sales(), unit, unitKey, period.spans(asOfOrEpoch(data)).current());
    }

    /** The customers a KPI row's "active customers" counts (a purchase in its period). */
    public java.util.Set<String> activeCustomers(ProductData data, io.customerlens.analysis.products.KpiRow row) {
        return salesKpis.activeCustomers(data.sales(), row.start(), row.end(), asOfOrEpoch(data));
    }

    /** A unit's net sales per month, from the first month with data to the as-of month. */
    public List<MonthSales> unitTrend(ProductData data, BcgUnit unit, String unitKey) {
        return unitDetails.monthlyTrend(data.sales(), unit, unitKey, asOfOrEpoch(data));
    }

    /**
     * The customers who stopped buying a unit but still buy other things (the card's "stopped buying" across
     * customers), memoised in the snapshot: picking the unit again computes nothing.
     */
    public List<StoppedCustomer> stoppedCustomers(ProductData data, BcgUnit unit, String unitKey, LapseWindow window) {
        return snapshots.current().memo(List.of(StoppedCustomer.class, new Identity(data), unit, unitKey, window),
                () -> stoppedCustomers.of(data.sales(), unit, unitKey, asOfOrEpoch(data), window));
    }

    /** An empty store has no as-of date; its analyses are empty whatever the date, so any will do. */
    private static LocalDate asOfOrEpoch(ProductData data) {
        return data.isEmpty() ? LocalDate.EPOCH : data.asOf();
    }
}
