package io.customerlens.ui.lapse.timeline;

import io.customerlens.analysis.MonthIndex;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Random;

/**
 * A seeded, made-up timeline: each customer starts in some month, then buys with gaps of varied length;
 * gaps of {@link #LAPSE_WINDOW} months or more are lapses. Precomputed, so tests can find cells of a kind.
 */
final class FakeTimelineModel implements TimelineModel {

    static final int LAPSE_WINDOW = 3;

    private final int rows;
    private final int firstMonth;
    private final int months;
    private final String[] labels;
    private final TimelineCell.CellKind[][] kinds;
    private final int[][] gaps;

    FakeTimelineModel(int rows, YearMonth first, int months, long seed) {
        this.rows = rows;
        this.firstMonth = MonthIndex.of(first);
        this.months = months;
        this.labels = new String[rows];
        this.kinds = new TimelineCell.CellKind[rows][months];
        this.gaps = new int[rows][months];
        Random random = new Random(seed);
        for (int row = 0; row < rows; row++) {
            labels[row] = label(row);
            fillRow(row, random);
        }
    }

    private static String label(int row) {
        return switch (row % 4) {
            case 0 -> "客户" + row + " 上海浦东新区便利店连锁有限公司第" + row + "分店";
            case 1 -> "Customer " + row;
            case 2 -> "北京朝阳超市 " + row;
            default -> "Hamburg Großhandel GmbH & Co. KG " + row;
        };
    }

    private void fillRow(int row, Random random) {
        Arrays.fill(kinds[row], TimelineCell.CellKind.OUTSIDE);
        int month = random.nextInt(Math.max(1, months / 2));
        while (month < months) {
            kinds[row][month] = TimelineCell.CellKind.BOUGHT;
            int gap = nextGap(random);
            int end = Math.min(months, month + 1 + gap);
            int length = end - month - 1;
            for (int m = month + 1; m < end; m++) {
                kinds[row][m] = length >= LAPSE_WINDOW ? TimelineCell.CellKind.LAPSE : TimelineCell.CellKind.NO_PURCHASE;
                gaps[row][m] = length;
            }
            month = end;
        }
    }

    private static int nextGap(Random random) {
        int draw = random.nextInt(100);
        if (draw < 65) {
            return 0;
        }
        if (draw < 87) {
            return 1 + random.nextInt(2);
        }
        if (draw < 98) {
            return 3 + random.nextInt(10);
        }
        return 13 + random.nextInt(20);
    }

    @Override
    public int rowCount() {
        return rows;
    }

    @Override
    public String rowLabel(int row) {
        return labels[row];
    }

    @Override
    public int firstMonth() {
        return firstMonth;
    }

    @Override
    public int lastMonth() {
        return firstMonth + months - 1;
    }

    @Override
    public int asOfMonth() {
        return lastMonth();
    }

    @Override
    public TimelineCell cell(int row, int month) {
        int column = month - firstMonth;
        TimelineCell.CellKind kind = kinds[row][column];
        BigDecimal net = kind == TimelineCell.CellKind.BOUGHT
                ? BigDecimal.valueOf(1_000 + (row * 7919L + column * 104_729L) % 90_000, 2)
                : BigDecimal.ZERO;
        return new TimelineCell(kind, net, gaps[row][column]);
    }
}
