package io.customerlens.cli;

import io.customerlens.report.pdf.ListDocument;
import io.customerlens.report.pdf.ListPdf;
import io.customerlens.service.segments.SegmentOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code customerlens report segments --pdf FILE}: the segment summary as a PDF. */
@Command(name = "segments", sortOptions = false, usageHelpAutoWidth = true)
final class ReportSegmentsCommand extends PdfReportCommand {

    @Mixin
    AsOfWindowOptions analysis;

    ReportSegmentsCommand(CommandEnvironment environment) {
        super(environment);
    }

    @Override
    Rendering read(StoreSession store) {
        SegmentOptions defaults = SegmentOptions.defaults();
        SegmentOptions options = new SegmentOptions(defaults.rfm(), defaults.tiers(), defaults.weights(),
                defaults.cutoffs(), window(analysis.lapseMonths), defaults.newMonths());
        ListDocument list = store.printedLists().segmentSummary(analysis.asOf(), options, messages);
        return () -> new ListPdf(messages).toBytes(list);
    }
}
