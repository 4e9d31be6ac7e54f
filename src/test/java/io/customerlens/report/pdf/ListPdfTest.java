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
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The printed lists over {@link CardFixture}: 91 lapsed customers (KH100 and KH200..KH289) need three pages. */
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
        byte[] pdf = new ListPdf(MessageBundle.forLocale(Locale.ENGLISH)).toBytes(list);

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

        String text = CardPdfTest.text(new ListPdf(chinese).toBytes(list));

        assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row.get(2)).isEqualTo("KH100"));
        assertThat(text).contains("未进货客户清单", "业务员：王芳", "第 1 页，共 1 页", "上海浦东新区");
    }

    @Test
    void segmentSummaryListsEveryGroupWithTheThresholds() throws IOException {
        ListDocument list = fixture.lists().segmentSummary(Optional.empty(), SegmentOptions.defaults(),
                MessageBundle.forLocale(Locale.ENGLISH));

        String text = CardPdfTest.text(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH)).toBytes(list));

        assertThat(list.rows()).hasSize(8 + 3 + 3 + 6);
        assertThat(text).contains("Segment summary", "RFM thresholds in force", "Important value", "A (high)",
                "Strategic", "Lapsed", "92 customers", "Page 1 of 1");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
