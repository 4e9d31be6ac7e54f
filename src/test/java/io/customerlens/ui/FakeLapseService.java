package io.customerlens.ui;

import io.customerlens.analysis.lapse.PurchaseHistory;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.service.lapse.LapseData;
import io.customerlens.service.lapse.LapseService;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Answers {@link #load} with data a test set; the analysis itself is the real one. Never touches a store. */
public final class FakeLapseService extends LapseService {

    private LapseData data = LapseData.EMPTY;
    private int loads;

    public FakeLapseService() {
        super(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore(), io.customerlens.analysis.lapse.RankingSelector.DEFAULT);
    }

    public void answer(LapseData next) {
        data = next;
    }

    public int loads() {
        return loads;
    }

    @Override
    public LapseData load(Optional<LocalDate> asOf) {
        loads++;
        return data;
    }

    /** A history with a net amount of 100 in each purchase month. */
    public static PurchaseHistory history(String key, LocalDate... purchaseDays) {
        Map<Integer, java.math.BigDecimal> net = new TreeMap<>();
        Arrays.stream(purchaseDays).forEach(day -> net.merge(io.customerlens.analysis.MonthIndex.of(day),
                java.math.BigDecimal.valueOf(100), java.math.BigDecimal::add));
        return new PurchaseHistory(key, List.of(purchaseDays), net);
    }

    public static CustomerInfo info(String key, String name, String type, String region, String channel,
                                    String salesperson) {
        return new CustomerInfo(key, name, type, region, null, null, null, channel, salesperson);
    }
}
