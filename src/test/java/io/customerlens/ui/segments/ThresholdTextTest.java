package io.customerlens.ui.segments;

import io.customerlens.analysis.card.CardBadgeRules;
import io.customerlens.analysis.lapse.PurchaseHistories;
import io.customerlens.analysis.segments.CustomerLines;
import io.customerlens.analysis.segments.CustomerRfm;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.LineFact;
import io.customerlens.report.pdf.ListPdf;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.service.segments.SegmentData;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.common.TestAnalysis;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 5: an RFM threshold reads the same on the Segments page, in the card's badge tooltip (also the
 * printed card's "why") and on the printed segment summary. The fixture of SegmentsViewModelTest, as of
 * 2024-06-30: R 107 / 141 / 90 days, F 2 / 1 / 1 orders, M 420.50 / 200 / 1000. The mean thresholds are worked out
 * by hand: R (107 + 141 + 90) / 3 = 112.67 → 113 days (whole days, half up; it read 112.7 in the tooltip and in
 * print before), F 4 / 3 = 1.33 → 1.3 orders, M 1620.50 / 3 = 540.17.
 */
class ThresholdTextTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    /** "≤ 113", "≥ 1.3", "≥ 540.17": the sign, then the figure as shown. */
    private static final Pattern BOUND = Pattern.compile("([≤≥])\\s*(?:净额\\s*)?([0-9][0-9,]*(?:\\.[0-9]+)?)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"en; 113; 1.3; 540.17", "zh-CN; 113; 1.3; 540.17"})
    void theScreenTheTooltipAndThePrintSayTheSameThresholds(String language, String recency, String orders,
                                                            String amount) throws IOException {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        AnalysisChoices choices = TestAnalysis.choices();
        SegmentService service = serviceOver(fixture());
        SegmentsViewModel page = new SegmentsViewModel(service, choices, new SynchronousTaskRunner(messages), messages,
                new StoreChanges(), key -> { });
        page.refresh();
        SegmentOptions options = AnalysisChoices.segmentOptions(choices.get());
        SegmentReport report = service.analyse(service.load(Optional.of(AS_OF)), options);
        CustomerRfm kh001 = report.rfm().customers().stream().filter(rfm -> rfm.customerKey().equals("KH001"))
                .findFirst().orElseThrow();

        String screen = page.thresholdsTextProperty().get();
        String tooltip = new CardBadgeRules().rfm(kh001, report.rfm().thresholds()).why(messages.bundleTexts());
        String printed = text(new ListPdf(messages.bundleTexts()).toBytes(new PrintedLists(null, service, null)
                .segmentSummary(Optional.of(AS_OF), options, messages.bundleTexts())));

        List<String> expected = List.of("≤ " + recency, "≥ " + orders, "≥ " + amount);
        assertThat(bounds(screen)).as(screen).isEqualTo(expected);
        assertThat(bounds(tooltip)).as(tooltip).isEqualTo(expected);
        assertThat(bounds(printedRfmLine(printed))).as(printed).isEqualTo(expected);
    }

    /** The thresholds in the order they are stated: recency, frequency, amount. */
    private static List<String> bounds(String text) {
        Matcher matcher = BOUND.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1) + " " + matcher.group(2));
        }
        return found;
    }

    private static String printedRfmLine(String printed) {
        return printed.lines().filter(line -> line.startsWith("RFM")).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static SegmentData fixture() {
        List<LineFact> facts = List.of(
                line("KH001", "2024-01-05", "150.50", "XS001"), line("KH001", "2024-03-15", "300", "XS003"),
                new LineFact("KH001", LocalDate.parse("2024-03-20"), new BigDecimal("-30"), true, "XT004"),
                line("KH002", "2024-02-10", "200", "XS002"), line("KH003", "2024-04-01", "1000", "XS005"));
        return new SegmentData(AS_OF, CustomerLines.asOf(facts, AS_OF), PurchaseHistories.asOf(facts, AS_OF),
                Map.of("KH001", CustomerInfo.EMPTY, "KH002", CustomerInfo.EMPTY, "KH003", CustomerInfo.EMPTY));
    }

    private static SegmentService serviceOver(SegmentData data) {
        return new SegmentService(io.customerlens.service.snapshot.AnalysisSnapshots.ofEmptyStore()) {
            @Override
            public SegmentData load(Optional<LocalDate> asOf) {
                return data;
            }
        };
    }

    private static LineFact line(String customer, String date, String amount, String order) {
        return new LineFact(customer, LocalDate.parse(date), new BigDecimal(amount), false, order);
    }
}
