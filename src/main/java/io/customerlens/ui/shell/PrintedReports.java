package io.customerlens.ui.shell;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.report.pdf.ListPdf;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.lapse.LapseViewModel;
import io.customerlens.ui.segments.SegmentsViewModel;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.ui.print.PrintablePdf;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The printed lists the pages offer, made from the choices a page shows when the user prints. */
final class PrintedReports {

    private final PrintedLists lists;
    private final Messages messages;
    private final MessageBundle bundle;

    PrintedReports(UiServices services, Messages messages) {
        this.lists = new PrintedLists(services.lapseService(), services.segmentService(), services.followUpService(),
                services.customerCardService().contacts());
        this.messages = messages;
        this.bundle = new MessageBundle(messages.bundle(), messages.locale());
    }

    /** The lapsed customers for the Lapse page's window, as-of date and attribute filters. */
    PrintablePdf lapsed(LapseViewModel page) {
        // Read on the FX thread now; the list is made later in the background.
        Optional<LocalDate> asOf = Optional.ofNullable(page.asOfProperty().get());
        LapseWindow window = new LapseWindow(page.windowMonthsProperty().get());
        Map<CustomerAttribute, String> filters = page.filterValues();
        String fileName = messages.format("print.lapsed.file", window.months());
        return new PrintablePdf(messages.get("pdf.lapsed.title"), fileName,
                () -> new ListPdf(bundle).toBytes(lists.lapsed(asOf, window, filters, bundle)));
    }

    /**
     * The segment summary with the options the Segments page shows, the shared analysis settings: RFM method and
     * window, tiers, key-account weights and cut-offs, lapse window and as-of date.
     */
    PrintablePdf segmentSummary(SegmentsViewModel page) {
        SegmentOptions options = page.options();
        Optional<LocalDate> asOf = page.asOf();
        return new PrintablePdf(messages.get("pdf.segments.title"), messages.get("print.segments.file"),
                () -> new ListPdf(bundle).toBytes(lists.segmentSummary(asOf, options, bundle)));
    }

    /** Today's call sheet: the follow-ups overdue or due today. */
    PrintablePdf callSheet(LapseWindow window) {
        return new PrintablePdf(messages.get("pdf.calls.title"), messages.get("print.calls.file"),
                () -> new ListPdf(bundle).toBytes(lists.callSheet(bundle, window)));
    }
}
