package io.customerlens.analysis.segments;

import io.customerlens.analysis.Medians;
import io.customerlens.domain.LineFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * RFM as DEFINITIONS.md defines it: per customer with a purchase in the window, R = days from the last
 * purchase in the window to A, F = orders in the window, M = net amount in the window (returns included);
 * the eight segments by the thresholds in force, plus quintile scores. Pure: no I/O, no clock.
 */
public final class RfmAnalysis {

    /** R, F and M of one customer before any threshold is applied. */
    private record Measure(String customerKey, long recencyDays, long orders, BigDecimal netAmount) {
    }

    public RfmResult analyse(List<CustomerLines> customers, LocalDate asOf, RfmOptions options) {
        List<Measure> measures = new ArrayList<>();
        for (CustomerLines customer : customers) {
            measure(customer, asOf, options.window()).ifPresent(measures::add);
        }
        measures.sort(Comparator.comparing(Measure::customerKey));
        RfmThresholds thresholds = thresholds(measures, options);

        int[] r = QuintileScores.scores(measures.stream().map(Measure::recencyDays).toList(),
                Comparator.<Long>reverseOrder());
        int[] f = QuintileScores.scores(measures.stream().map(Measure::orders).toList(),
                Comparator.<Long>naturalOrder());
        int[] m = QuintileScores.scores(measures.stream().map(Measure::netAmount).toList(),
                Comparator.<BigDecimal>naturalOrder());

        List<CustomerRfm> rows = new ArrayList<>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            Measure x = measures.get(i);
            rows.add(new CustomerRfm(x.customerKey(), x.recencyDays(), x.orders(), x.netAmount(),
                    thresholds.segmentOf(x.recencyDays(), x.orders(), x.netAmount()), r[i], f[i], m[i]));
        }
        return new RfmResult(options, thresholds, rows, summaries(rows), notes(measures.size(), r, f, m));
    }

    /** The customer's R, F, M over the window; empty when there is no purchase in it. */
    private static Optional<Measure> measure(CustomerLines customer, LocalDate asOf, RfmWindow window) {
        List<LineFact> inWindow = customer.lines().stream().filter(line -> window.covers(line.date(), asOf)).toList();
        Optional<LocalDate> last = inWindow.stream().filter(LineFact::isPurchase).map(LineFact::date)
                .max(Comparator.naturalOrder());
        return last.map(date -> new Measure(customer.customerKey(), ChronoUnit.DAYS.between(date, asOf),
                SegmentAmounts.orders(inWindow), SegmentAmounts.net(inWindow)));
    }

    /**
     * The thresholds in force. With no customer in the window there is nothing to average or classify:
     * mean and median thresholds are then (0, 0, 0), so callers never meet a null.
     */
    private static RfmThresholds thresholds(List<Measure> measures, RfmOptions options) {
        if (options.method() == ThresholdMethod.FIXED) {
            return options.fixed();
        }
        if (measures.isEmpty()) {
            return new RfmThresholds(0, 0, BigDecimal.ZERO);
        }
        boolean mean = options.method() == ThresholdMethod.MEAN;
        List<Long> r = measures.stream().map(Measure::recencyDays).toList();
        List<Long> f = measures.stream().map(Measure::orders).toList();
        List<BigDecimal> m = measures.stream().map(Measure::netAmount).toList();
        return mean
                ? new RfmThresholds(Centres.mean(r), Centres.mean(f), Centres.meanAmount(m))
                : new RfmThresholds(Medians.of(r), Medians.of(f), Centres.medianAmount(m));
    }

    /** All eight segments in enum order, zeros for an empty one. */
    private static List<SegmentSummary> summaries(List<CustomerRfm> rows) {
        List<SegmentSummary> summaries = new ArrayList<>(RfmSegment.values().length);
        for (RfmSegment segment : RfmSegment.values()) {
            List<CustomerRfm> in = rows.stream().filter(row -> row.segment() == segment).toList();
            long n = in.size();
            BigDecimal net = in.stream().map(CustomerRfm::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (n == 0) {
                summaries.add(new SegmentSummary(segment, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO));
            } else {
                double days = in.stream().mapToLong(CustomerRfm::recencyDays).sum();
                double orders = in.stream().mapToLong(CustomerRfm::orders).sum();
                summaries.add(new SegmentSummary(segment, n, (double) n / rows.size(), net, days / n, orders / n,
                        SegmentAmounts.average(net, n)));
            }
        }
        return summaries;
    }

    private static List<ScoreNote> notes(int n, int[] r, int[] f, int[] m) {
        List<ScoreNote> notes = new ArrayList<>();
        if (n < 5) {
            return notes;
        }
        char[] names = {'R', 'F', 'M'};
        int[][] scores = {r, f, m};
        for (int d = 0; d < 3; d++) {
            int bins = QuintileScores.binsUsed(scores[d]);
            if (bins < 5) {
                notes.add(new ScoreNote(names[d], bins));
            }
        }
        return notes;
    }
}
