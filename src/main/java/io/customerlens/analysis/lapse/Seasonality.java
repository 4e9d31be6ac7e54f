package io.customerlens.analysis.lapse;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lapse episodes (open and closed, every year) by the calendar month of their first empty month, with
 * the months of most (peak) and fewest (trough) starts; ties name every tied month. Without any
 * episode there is no peak or trough.
 */
public record Seasonality(Map<Month, Long> startsByMonth, List<Month> peak, List<Month> trough) {

    public Seasonality {
        startsByMonth = Map.copyOf(startsByMonth);
        peak = List.copyOf(peak);
        trough = List.copyOf(trough);
    }

    public static Seasonality of(List<CustomerLapse> customers) {
        Map<Month, Long> starts = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            starts.put(month, 0L);
        }
        customers.forEach(customer -> customer.episodes()
                .forEach(episode -> starts.merge(episode.start().getMonth(), 1L, Long::sum)));
        long total = starts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new Seasonality(starts, List.of(), List.of());
        }
        long most = starts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long fewest = starts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        return new Seasonality(starts, monthsWith(starts, most), monthsWith(starts, fewest));
    }

    private static List<Month> monthsWith(Map<Month, Long> starts, long count) {
        List<Month> months = new ArrayList<>();
        for (Month month : Month.values()) {
            if (starts.get(month) == count) {
                months.add(month);
            }
        }
        return months;
    }

    public long starts(Month month) {
        return startsByMonth.get(month);
    }
}
