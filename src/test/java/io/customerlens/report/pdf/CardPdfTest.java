package io.customerlens.report.pdf;

import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpOutcome;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.domain.OutcomeReason;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.service.card.CardFixture;
import io.customerlens.service.card.CustomerTasks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card of the fixture's KH100 (see {@link CardFixture}) rendered with the bundled font and read back with PDFBox's
 * text extraction.
 */
class CardPdfTest {

    @TempDir
    Path temp;
    private CardFixture fixture;
    private CustomerCard card;

    @BeforeEach
    void renderable() throws IOException {
        fixture = new CardFixture(temp.resolve("db"));
        FollowUpTask done = new FollowUpTask(3, CardFixture.CUSTOMER, FollowUpReason.LAPSED, 3, FollowUpChannel.PHONE,
                LocalDate.of(2025, 5, 2), FollowUpTask.HIGH, FollowUpStatus.DONE, null, Instant.EPOCH, Instant.EPOCH,
                BigDecimal.TEN, "问问为什么停了方便面", null, null,
                new FollowUpOutcome(true, OutcomeReason.PRICE, null, LocalDate.of(2025, 5, 3), "嫌贵，隔壁便宜两块"));
        card = fixture.cards(key -> List.of(done)).card(CardFixture.CUSTOMER, Optional.empty(), new LapseWindow(3));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void chineseCardShowsNameFiguresMonthsAndPages() throws IOException {
        String text = render(Locale.SIMPLIFIED_CHINESE);

        assertThat(text).contains("客户管理卡", "截至 2025-06-20", CardFixture.NAME, "客户编号", "KH100", "王芳", "上海");
        assertThat(text).contains("首次进货", "2023-01-10", "最近进货", "2025-03-10", "102 天", "2,770.00", "125.91",
                "31 天", "2025-04-10（逾期 71 天）", "1 行，−50.00", "581.00", "400.00（2025-01-01 至 2025-06-20）",
                "660.00（2024-01-01 至 2024-06-20）", "−39.4%");
        assertThat(text).contains("未进货", "重要", "近 24 个月每月净额", "2023", "2024", "2025");
        assertThat(text).containsSubsequence("07", "08", "09", "10", "11", "12", "01", "02");
        assertThat(text).contains("康师傅红烧牛肉面 24袋装", "平稳", "上升", "新增", "停购商品", "未进货期（持续中）");
        assertThat(text).contains("问问为什么停了方便面", "价格", "已完成 2025-05-03", "拜访记录", "第 1 页，共 2 页",
                "第 2 页，共 2 页");
    }

    @Test
    void englishCardUsesTheEnglishBundle() throws IOException {
        String text = render(Locale.ENGLISH);

        assertThat(text).contains("Customer card", "As of 2025-06-20", CardFixture.NAME, "First purchase",
                "Days since last purchase", "102 days", "2,770.00", "Lapsed", "Net amount by month, last 24 months",
                "Top products", "Stopped buying", "Lapse episode, ongoing", "Notes for the visit", "Page 1 of 2");
        assertThat(text).doesNotContain("首次进货", "!card.", "!pdf.");
    }

    @Test
    void aCardWithoutTasksSaysSo() throws IOException {
        CustomerCard alone = fixture.cards(CustomerTasks.NONE).card("KH300", Optional.empty(), new LapseWindow(3));

        String text = text(new CardPdf(MessageBundle.forLocale(Locale.ENGLISH), CjkFontFinder.bundledOnly()).toBytes(alone));

        assertThat(text).contains("老李批发部", "No follow-up recorded.", "Nothing stopped.", "Page 1 of");
    }

    private String render(Locale locale) throws IOException {
        Path pdf = temp.resolve("card-" + locale + ".pdf");
        new CardPdf(MessageBundle.forLocale(locale), CjkFontFinder.bundledOnly()).write(card, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            return new PDFTextStripper().getText(document);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
