package io.customerlens.analysis.lapse;

import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small builders shared by the lapse tests. Expectations are never computed with them, only inputs. */
final class LapseFixtures {

    private LapseFixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The contract's month index, written out: mi = 12 × year + (month − 1). */
    static int mi(int year, int month) {
        return 12 * year + month - 1;
    }

    static int mi(String yearMonth) {
        YearMonth ym = YearMonth.parse(yearMonth);
        return mi(ym.getYear(), ym.getMonthValue());
    }

    static LineFact buy(String customer, String date, String amount) {
        return new LineFact(customer, day(date), new BigDecimal(amount), false, null);
    }

    /** A return: a negative amount, flagged as a return. */
    static LineFact giveBack(String customer, String date, String negativeAmount) {
        return new LineFact(customer, day(date), new BigDecimal(negativeAmount), true, null);
    }

    /** A history with one purchase of 1 on each of the given days. */
    static PurchaseHistory history(String key, String... isoDays) {
        List<LocalDate> days = Arrays.stream(isoDays).map(LocalDate::parse).toList();
        Map<Integer, BigDecimal> net = new HashMap<>();
        days.forEach(d -> net.merge(mi(d.getYear(), d.getMonthValue()), BigDecimal.ONE, BigDecimal::add));
        return new PurchaseHistory(key, days, net);
    }

    /** A history with one purchase on the 10th of each given month ("2024-03"). */
    static PurchaseHistory months(String key, String... yearMonths) {
        return history(key, Arrays.stream(yearMonths).map(ym -> ym + "-10").toArray(String[]::new));
    }

    static List<CustomerLapse> analyse(List<PurchaseHistory> histories, LocalDate asOf, int n) {
        return new LapseAnalysis().customers(histories, key -> null, asOf, new LapseWindow(n),
                new RankingFit.Fixed(new RecencyRanking())).customers();
    }

    static CustomerLapse analyseOne(PurchaseHistory history, LocalDate asOf, int n) {
        return analyse(List.of(history), asOf, n).getFirst();
    }
}
