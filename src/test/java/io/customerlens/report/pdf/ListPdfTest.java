package io.customerlens.report.pdf;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.card.CardFixture;
import io.customerlens.service.segments.SegmentOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed lists over {@link CardFixture}: 91 lapsed customers (KH100 and KH200..KH289) need three pages. Drawn
 * with the bundled font, so the result is the same on every machine.
 */
class ListPdfTest {

    @TempDir
    Path temp;
    private CardFixture fixture;

    @BeforeEach
    void open() throws IOException {
        fixture = new CardFixture(temp.resolve("db"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void lapsedListPagesWithItsHeaderOnEveryPage() throws IOException {
        ListDocument list = fixture.lists().lapsed(Optional.empty(), new LapseWindow(3), Map.of(),
                MessageBundle.forLocale(Locale.ENGLISH));
        byte[] pdf = new ListPdf(MessageBundle.forLocale(Locale.ENGLISH), CjkFontFinder.bundledOnly()).toBytes(list);

        assertThat(list.rows()).hasSize(91);
        assertThat(list.rows().getFirst()).startsWith("1", "第90号便利店", "KH289");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (int page = 1; page <= 3; page++) {
                String text = pageText(document, page);
                assertThat(text).contains("Page " + page + " of 3", "Lapsed customers · As of 2025-06-20",
                        "Customer", "Net amount");
            }
            assertThat(pageText(document, 1)).contains("Lapse window: 3 or more calendar months without a purchase",
                    "Filters: none (all customers)", "91 lapsed customers of 92");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("KH200", "KH289", CardFixture.NAME.substring(0, 10));
            assertThat(all.indexOf("KH289")).isLessThan(all.indexOf("KH200"));
        }
    }

    @Test
    void aFilterIsPrintedAndApplied() throws IOException {
        MessageBundle chinese = MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE);
        ListDocument list = fixture.lists().lapsed(Optional.empty(), new LapseWindow(3),
                Map.of(CustomerAttribute.SALESPERSON, "王芳"), chinese);

        String text = CardPdfTest.text(new ListPdf(chinese, CjkFontFinder.bundledOnly()).toBytes(list));

        assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("KH100"));
        assertThat(text).contains("未进货客户清单", "业务员：王芳", "第 1 页，共 1 页", "上海浦东新区");
    }

    @Test
    void segmentSummaryListsEveryGroupWithTheThresholds() throws IOException {
        ListDocument list = fixture.lists().segmentSummary(Optional.empty(), SegmentOptions.defaults(),
                MessageBundle.forLocale(Locale.ENGLISH));

        String text = CardPdfTest.text(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH), CjkFontFinder.bundledOnly()).toBytes(list));

        assertThat(list.rows()).hasSize(8 + 3 + 3 + 6);
        assertThat(text).contains("Segment summary", "RFM thresholds in force", "Important value", "A (high)",
                "Strategic", "Lapsed", "92 customers", "Page 1 of 1");
    }

    @Test
    void withOnlyAChineseFallbackFontOnTheSystemTheBundledFontDrawsLatinAndChinese() throws IOException {
        // like a machine with only Droid Sans Fallback: Chinese glyphs but no digits, letters or '?'
        Path fallback = temp.resolve("cjk-without-ascii.ttf");
        try (InputStream in = ListPdfTest.class.getResourceAsStream("/fixtures/fonts/cjk-without-ascii.ttf")) {
            Files.copy(Objects.requireNonNull(in), fallback);
        }
        ListDocument list = new ListDocument("客户 ? 2025", LocalDate.of(2025, 6, 20), List.of(),
                List.of(new ListDocument.ListColumn("Customer 客户", 1, false),
                        new ListDocument.ListColumn("Amount", 1, true)),
                List.of(List.of("鑫燊商行 \uD83D\uDE00", "-12.50")), 0, null);

        String text = CardPdfTest.text(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH),
                new CjkFontFinder(List.of(fallback), true)).toBytes(list));

        // the emoji is in no font: it becomes '?', which the chosen font must have
        assertThat(text).contains("客户 ? 2025", "Customer 客户", "鑫燊商行 ?", "-12.50", "Page 1 of 1");
    }

    /**
     * A negative figure reads with the minus sign "−" (U+2212): the bundled font draws it; a system font without it
     * prints the hyphen, never a '?' before the number.
     */
    @Test
    void theMinusSignPrintsWithTheBundledFontAndFallsBackToTheHyphen() throws IOException {
        Path latinAndKeHu = temp.resolve("small-complete.ttf");
        try (InputStream in = ListPdfTest.class.getResourceAsStream("/fixtures/fonts/small-complete.ttf")) {
            Files.copy(Objects.requireNonNull(in), latinAndKeHu);
        }
        ListDocument list = new ListDocument("客户", LocalDate.of(2025, 6, 20), List.of(),
                List.of(new ListDocument.ListColumn("Amount", 1, true), new ListDocument.ListColumn("Growth", 1, true)),
                List.of(List.of("\u221212.50", "\u22123.4%")), 0, null);

        String bundled = CardPdfTest.text(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH),
                CjkFontFinder.bundledOnly()).toBytes(list));
        String withoutMinus = CardPdfTest.text(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH),
                new CjkFontFinder(List.of(latinAndKeHu), false)).toBytes(list));

        assertThat(bundled).contains("\u221212.50", "\u22123.4%");
        assertThat(withoutMinus).contains("-12.50", "-3.4%").doesNotContain("?12.50", "\u2212");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
