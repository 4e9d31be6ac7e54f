package io.customerlens.ui.segments;

import io.customerlens.analysis.segments.LifecycleStage;
import io.customerlens.analysis.segments.RfmSegment;
import io.customerlens.analysis.segments.ValueTier;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerDrill;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentMembers;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.ui.common.CustomerOpener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.ReadOnce;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Segments page's figures opened as customer lists: a segment, tier or stage takes its customers from the report
 * shown; a cohort or an attribute's row asks the service for them over the data the report was made from (in the
 * background). Each drill is named as the figure is, for the list's chip.
 */
public final class SegmentDrills {

    private final SegmentService service;
    private final ReadOnce<SegmentData> store;
    private final Supplier<SegmentReport> report;
    private final Messages messages;
    private final CustomerOpener opener;

    SegmentDrills(SegmentService service, ReadOnce<SegmentData> store, Supplier<SegmentReport> report,
                  Messages messages, CustomerOpener opener) {
        this.service = service;
        this.store = store;
        this.report = report;
        this.messages = messages;
        this.opener = opener;
    }

    public void rfm(RfmSegment segment) {
        fromReport(messages.format("drill.label.rfm", messages.get("segments.rfm." + segment.code())),
                shown -> SegmentMembers.rfm(shown, segment));
    }

    public void valueTier(ValueTier tier) {
        fromReport(messages.format("drill.label.tier",
                        messages.get("segments.tier." + tier.name().toLowerCase(Locale.ROOT))),
                shown -> SegmentMembers.valueTier(shown, tier));
    }

    public void lifecycle(LifecycleStage stage) {
        fromReport(messages.format("drill.label.lifecycle", messages.get("segments.stage." + stage.code())),
                shown -> SegmentMembers.lifecycle(shown, stage));
    }

    public void cohort(YearMonth month) {
        fromData(messages.format("drill.label.cohort", month.toString()), data -> service.cohortMembers(data, month));
    }

    /** @param value null: the customers without a value */
    public void attribute(CustomerAttribute attribute, String value) {
        fromData(attributeLabel(attribute, value), data -> service.attributeMembers(data, attribute, value));
    }

    public void crossed(CustomerAttribute first, String firstValue, CustomerAttribute second, String secondValue) {
        fromData(messages.format("drill.label.crossed", attributeLabel(first, firstValue),
                        attributeLabel(second, secondValue)),
                data -> service.crossedMembers(data, first, firstValue, second, secondValue));
    }

    /** "区域：华东"; a value of null reads as the tables show it ("(none)"). */
    String attributeLabel(CustomerAttribute attribute, String value) {
        return messages.format("drill.label.attribute",
                messages.get("lapse.attribute." + attribute.name().toLowerCase(Locale.ROOT)),
                value == null ? messages.get("lapse.breakdown.noValue") : value);
    }

    private void fromReport(String label, java.util.function.Function<SegmentReport, Set<String>> members) {
        SegmentReport shown = report.get();
        if (shown != null) {
            opener.drill(new CustomerDrill(label, members.apply(shown)));
        }
    }

    private void fromData(String label, java.util.function.Function<SegmentData, Set<String>> members) {
        store.analyse(messages.get("drill.finding"), "drill", members, keys -> opener.drill(new CustomerDrill(label, keys)));
    }
}
