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
        analysis = new AsOfWindowOptions(environment.analysis().get());
    }

    @Override
    Rendering read(StoreSession store) {
        SegmentOptions options = segmentOptions(window(analysis.lapseMonths));
        ListDocument list = store.printedLists().segmentSummary(analysis.asOf(), options, messages);
        return () -> new ListPdf(messages).toBytes(list);
    }
}
