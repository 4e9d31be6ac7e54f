package io.customerlens.analysis.card;

import io.customerlens.analysis.MonthIndex;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.Gap;
import io.customerlens.analysis.segments.CustomerKeyAccount;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.analysis.segments.CustomerTier;
import io.customerlens.analysis.segments.KeyAccountCutoffs;
import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmThresholds;
import io.customerlens.analysis.segments.TierCutoffs;
import io.customerlens.i18n.ReadingFormat.Figure;

import java.util.List;
import java.util.Locale;

/**
 * The header's badges with the figures behind them, from the segment results the Segments page shows
 * (the rules are not applied again here, only explained). Pure.
 */
public final class CardBadgeRules {

    static final Badge NONE = new Badge(null, "card.badge.none", "card.why.none", List.of());

    /** Months of the loyal rule's window counted in the stage's explanation. */
    private static final int YEAR = 12;

    public Badge lifecycle(LifecycleStage stage, CustomerLapse lapse) {
        if (stage == null) {
            return NONE;
        }
        int asOfMonth = MonthIndex.of(lapse.asOf());
        int monthsBought = 0;
        for (int month = asOfMonth - YEAR + 1; month <= asOfMonth; month++) {
            monthsBought += lapse.history().boughtIn(month) ? 1 : 0;
        }
        List<Gap> winBacks = lapse.winBacks();
        String returned = winBacks.isEmpty() ? ""
                : MonthIndex.toYearMonth(winBacks.getLast().returnMonth().orElseThrow()).toString();
        Double typical = lapse.cadence().typicalDays();
        return new Badge(stage.code(), "segments.stage." + stage.code(), "card.why.stage." + stage.code(),
                List.of(lapse.idleMonths(), lapse.window().months(), lapse.overdueDays().orElse(0),
                        typical == null ? 0 : Math.round(typical),
                        MonthIndex.toYearMonth(lapse.history().firstMonth()).toString(), monthsBought, returned));
    }

    /** @param rfm null when the customer has no purchase in the RFM window */
    public Badge rfm(CustomerRfm rfm, RfmThresholds thresholds) {
        if (rfm == null) {
            return new Badge(null, "card.badge.noRfm", "card.why.noRfm", List.of());
        }
        return new Badge(rfm.segment().code(), "segments.rfm." + rfm.segment().code(), "card.why.rfm",
                // Thresholds as figures of their kind, so the tooltip and the printed card read them as the
                // Segments page does (76 days, not 76.2).
                List.of(rfm.recencyDays(), new Figure.WholeDays(thresholds.recencyDays()), rfm.orders(),
                        new Figure.OneDecimal(thresholds.orders()), new Figure.Money(rfm.netAmount()),
                        new Figure.Money(thresholds.netAmount()), rfm.rScore(), rfm.fScore(), rfm.mScore()));
    }

    public Badge valueTier(CustomerTier tier, TierCutoffs cutoffs) {
        if (tier == null) {
            return NONE;
        }
        String code = tier.tier().name().toLowerCase(Locale.ROOT);
        return new Badge(code, "segments.tier." + code, "card.why.tier",
                List.of(new Figure.Money(tier.netAmount()), new Figure.Percent(tier.shareBefore()),
                        new Figure.Percent(cutoffs.a()), new Figure.Percent(cutoffs.b())));
    }

    public Badge keyAccount(CustomerKeyAccount account, KeyAccountCutoffs cutoffs) {
        if (account == null) {
            return NONE;
        }
        return new Badge(account.tier().code(), "segments.keyTier." + account.tier().code(), "card.why.keyAccount",
                List.of(account.score(), cutoffs.strategic(), cutoffs.key()));
    }
}
