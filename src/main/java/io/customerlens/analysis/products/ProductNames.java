package io.customerlens.analysis.products;

import io.customerlens.domain.ProductInfo;
import io.customerlens.domain.ProductNameCount;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The name each product code is shown by when its lines carry several (a pharmacy's 236701 sold under four
 * medicine names): the name of the most lines; on a tie the product's latest name, else the first in text order.
 */
public final class ProductNames {

    public static final ProductNames NONE = new ProductNames(Map.of());

    /**
     * @param name      the name shown
     * @param nameCount how many different names the code's lines carry (at least 1)
     */
    public record Choice(String name, int nameCount) {
    }

    private final Map<String, Choice> byKey;

    private ProductNames(Map<String, Choice> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** @param latest the products as stored (their latest name), by key */
    public static ProductNames of(Collection<ProductNameCount> counts, Map<String, ProductInfo> latest) {
        Map<String, Map<String, Long>> linesByName = new HashMap<>();
        for (ProductNameCount count : counts) {
            linesByName.computeIfAbsent(count.productKey(), key -> new HashMap<>())
                    .merge(count.name(), count.lines(), Long::sum);
        }
        Map<String, Choice> byKey = new HashMap<>(linesByName.size() * 2);
        linesByName.forEach((key, names) -> {
            ProductInfo product = latest.get(key);
            String latestName = product == null ? null : product.name();
            String best = null;
            long bestLines = 0;
            for (Map.Entry<String, Long> entry : names.entrySet()) {
                if (better(entry.getKey(), entry.getValue(), best, bestLines, latestName)) {
                    best = entry.getKey();
                    bestLines = entry.getValue();
                }
            }
            byKey.put(key, new Choice(best, names.size()));
        });
        return new ProductNames(byKey);
    }

    private static boolean better(String name, long lines, String best, long bestLines, String latestName) {
        if (best == null || lines != bestLines) {
            return best == null || lines > bestLines;
        }
        if (name.equals(latestName) || best.equals(latestName)) {
            return name.equals(latestName);
        }
        return name.compareTo(best) < 0;
    }

    /** How many names the product's lines carry; 1 when only one is known or none is counted. */
    public int nameCount(String productKey) {
        Choice choice = byKey.get(productKey);
        return choice == null ? 1 : choice.nameCount();
    }

    /** The products with each one's shown name in place of its latest one. */
    public Map<String, ProductInfo> applyTo(Map<String, ProductInfo> products) {
        if (byKey.isEmpty()) {
            return products;
        }
        Map<String, ProductInfo> named = new HashMap<>(products);
        byKey.forEach((key, choice) -> {
            ProductInfo product = named.get(key);
            if (product != null && !choice.name().equals(product.name())) {
                named.put(key, new ProductInfo(product.code(), choice.name(), product.category(),
                        product.subCategory()));
            }
        });
        return named;
    }
}
