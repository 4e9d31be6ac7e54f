package io.customerlens.ui.card;

import io.customerlens.ui.common.TestAnalysis;
import io.customerlens.analysis.card.CustomerCard;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpReason;
import io.customerlens.domain.FollowUpStatus;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.ui.charts.ShadedMonths;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.print.PrintablePdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer card's view model over the real services and a hand-counted fixture (see CardFixture). */
class CustomerCardViewModelTest {

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private final StoreChanges followUpChanges = new StoreChanges();
    private CardFixture fixture;

    @BeforeEach
    void store() throws IOException {
        fixture = new CardFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private CustomerCardViewModel card(String key, int linesPerPage) {
        CustomerCardViewModel viewModel = new CustomerCardViewModel(fixture.cards, fixture.followUps, TestAnalysis.choices(), runner, messages,
                new StoreChanges(), followUpChanges, key, linesPerPage);
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void showsTheHandCountedFiguresAndAttributes() {
        CustomerCardViewModel viewModel = card("K001", 50);

        assertThat(viewModel.noticeProperty().get()).isEmpty();
        assertThat(viewModel.computingProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("老王杂货店");
        assertThat(viewModel.asOfTextProperty().get()).isEqualTo("As of 2024-06-30");
        CardTexts texts = new CardTexts(messages);
        Map<String, String> figures = texts.figures(viewModel.cardProperty().get()).stream()
                .collect(Collectors.toMap(CardTexts.Figure::id, CardTexts.Figure::value));
        assertThat(figures).containsEntry("card-figure-orders", "7")
                .containsEntry("card-figure-netAmount", "1,750.00")
                .containsEntry("card-figure-averageOrder", "250.00")
                .containsEntry("card-figure-firstPurchase", "2023-01-10")
                .containsEntry("card-figure-lastPurchase", "2024-02-10")
                .containsEntry("card-figure-daysSince", "141 days")
                .containsEntry("card-figure-idleMonths", "4");
        // A return reads with the minus sign, as every negative figure on screen (ReadingFormat).
        assertThat(figures.get("card-figure-returns")).contains("1").contains("−50.00");
        // Every figure has its own explanation, not the label repeated.
        assertThat(texts.figures(viewModel.cardProperty().get()))
                .allSatisfy(figure -> assertThat(figure.tip()).isNotEqualTo(figure.label()).doesNotStartWith("!"));
        assertThat(texts.attributes(viewModel.cardProperty().get()))
                .extracting(attribute -> attribute.label() + ": " + attribute.value())
                .contains("Key: K001", "Type: 零售", "Region: 华东", "City: 上海", "Salesperson: 王芳");
        assertThat(texts.badges(viewModel.cardProperty().get()))
                .allSatisfy(badge -> assertThat(badge.why()).isNotBlank().doesNotStartWith("!"));
    }

    @Test
    void theWindowDecidesWhichGapsAreLapseEpisodes() {
        CustomerCardViewModel viewModel = card("K001", 50);
        CardChartData chart = new CardChartData(messages);

        assertThat(gapRows(viewModel.cardProperty().get())).containsExactly(
                new GapRow(YearMonth.of(2023, 4), YearMonth.of(2023, 6), 3, true, false),
                new GapRow(YearMonth.of(2023, 9), YearMonth.of(2023, 12), 4, true, false),
                new GapRow(YearMonth.of(2024, 3), YearMonth.of(2024, 6), 4, true, true));
        ShadedMonths atThree = chart.of(viewModel.cardProperty().get());
        assertThat(atThree.months()).hasSize(24).startsWith(YearMonth.of(2022, 7)).endsWith(YearMonth.of(2024, 6));
        assertThat(atThree.strongShade()).hasSize(3 + 4 + 4);
        assertThat(atThree.lightShade()).isEmpty();
        assertThat(atThree.values().get(atThree.months().indexOf(YearMonth.of(2023, 8))).doubleValue()).isEqualTo(200.0);

        viewModel.windowProperty().set(4);

        assertThat(viewModel.cardProperty().get().window().months()).isEqualTo(4);
        assertThat(gapRows(viewModel.cardProperty().get())).extracting(GapRow::lapse).containsExactly(false, true, true);
        ShadedMonths atFour = chart.of(viewModel.cardProperty().get());
        assertThat(atFour.strongShade()).hasSize(8);
        assertThat(atFour.lightShade()).containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 5),
                YearMonth.of(2023, 6));
        assertThat(atFour.strongName()).isEqualTo(messages.format("card.chart.legend.lapse", 4));
    }

    private static List<GapRow> gapRows(CustomerCard card) {
        return card.gaps().stream().map(gap -> GapRow.of(gap, card.window())).toList();
    }

    @Test
    void pagesThroughTheRawLinesNewestFirst() {
        CustomerCardViewModel viewModel = card("K001", 4);

        assertThat(viewModel.linesTextProperty().get()).isEqualTo("Rows 1–4 of 9");
        assertThat(viewModel.lines().getFirst().date()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(viewModel.hasPreviousLinesProperty().get()).isFalse();

        viewModel.nextLines();
        assertThat(viewModel.linesTextProperty().get()).isEqualTo("Rows 5–8 of 9");
        viewModel.nextLines();
        assertThat(viewModel.linesTextProperty().get()).isEqualTo("Rows 9–9 of 9");
        assertThat(viewModel.lines()).singleElement()
                .satisfies(line -> assertThat(line.date()).isEqualTo(LocalDate.of(2023, 1, 10)));
        assertThat(viewModel.hasNextLinesProperty().get()).isFalse();
        viewModel.nextLines();
        assertThat(viewModel.linesTextProperty().get()).isEqualTo("Rows 9–9 of 9");

        viewModel.previousLines();
        assertThat(viewModel.linesTextProperty().get()).isEqualTo("Rows 5–8 of 9");
        assertThat(viewModel.hasPreviousLinesProperty().get()).isTrue();
    }

    @Test
    void anAddedTaskShowsInTheFollowUps() {
        CustomerCardViewModel viewModel = card("K001", 50);
        assertThat(viewModel.tasks()).isEmpty();
        assertThat(viewModel.tasksTextProperty().get()).isEqualTo("0 open of 0 tasks");

        viewModel.addTask(FollowUpChannel.VISIT, LocalDate.of(2024, 7, 5), "  带新品目录  ");

        assertThat(viewModel.tasks()).singleElement().satisfies(task -> {
            assertThat(task.customerKey()).isEqualTo("K001");
            assertThat(task.reason()).isEqualTo(FollowUpReason.MANUAL);
            assertThat(task.channel()).isEqualTo(FollowUpChannel.VISIT);
            assertThat(task.due()).isEqualTo(LocalDate.of(2024, 7, 5));
            assertThat(task.status()).isEqualTo(FollowUpStatus.OPEN);
            assertThat(task.notes()).isEqualTo("带新品目录");
            assertThat(task.priority()).isEqualTo(FollowUpTask.NORMAL);
        });
        assertThat(viewModel.tasksTextProperty().get()).isEqualTo("1 open of 1 tasks");
        assertThat(viewModel.cardProperty().get().tasks()).hasSize(1);
        assertThat(fixture.followUps.pendingFor("K001")).hasSize(1);
        assertThat(followUpChanges.revisionProperty().get()).isEqualTo(1);
    }

    /* One open task per customer: with one open, the card moves it instead of adding a second. */
    @Test
    void withAnOpenTaskTheCardMovesItInsteadOfAddingASecond() {
        CustomerCardViewModel viewModel = card("K001", 50);
        viewModel.addTask(FollowUpChannel.PHONE, LocalDate.of(2024, 7, 5), "");
        long id = viewModel.openTask().orElseThrow().id();

        viewModel.addTask(FollowUpChannel.VISIT, LocalDate.of(2024, 7, 9), "second");

        assertThat(fixture.followUps.pendingFor("K001")).singleElement()
                .satisfies(task -> assertThat(task.due()).isEqualTo(LocalDate.of(2024, 7, 5)));
        assertThat(viewModel.noticeProperty().get()).isEqualTo("This customer already has an open task: move it to "
                + "another day instead of adding a second.");

        viewModel.moveOpenTask(LocalDate.of(2024, 7, 12));

        assertThat(fixture.followUps.pendingFor("K001")).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(id);
            assertThat(task.effectiveDue()).isEqualTo(LocalDate.of(2024, 7, 12));
        });
        assertThat(viewModel.tasks()).hasSize(1);
        assertThat(viewModel.openTask().orElseThrow().effectiveDue()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(viewModel.noticeProperty().get()).isEmpty();
    }

    @Test
    void anUnknownCustomerIsSaidSo() {
        CustomerCardViewModel viewModel = card("NOPE", 50);

        assertThat(viewModel.cardProperty().get()).isNull();
        assertThat(viewModel.noticeProperty().get()).isEqualTo("There is no customer with the key NOPE in the data.");
        assertThat(viewModel.cardPdf()).isEmpty();
    }

    @Test
    void theCardPdfNamesTheCustomerAndItsFigures() throws IOException {
        CustomerCardViewModel viewModel = card("K001", 50);

        PrintablePdf pdf = viewModel.cardPdf().orElseThrow();

        assertThat(pdf.suggestedFileName()).isEqualTo("Customer card 老王杂货店 2024-06-30");
        try (PDDocument document = Loader.loadPDF(pdf.maker().make())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("老王杂货店", "K001", "1,750.00");
        }
    }

    /* As in the window: the learning runs aside, after the card already shows its figures. */
    @Test
    void theCardShowsItsFiguresBeforeTheChanceIsLearnedAndPrintsOnlyTheLearnedOne() throws IOException {
        SynchronousTaskRunner aside = SynchronousTaskRunner.deferringAside(messages);
        CustomerCardViewModel viewModel = new CustomerCardViewModel(fixture.cards, fixture.followUps,
                TestAnalysis.choices(), aside, messages, new StoreChanges(), followUpChanges, "K001", 50);
        viewModel.refresh();
        CardTexts texts = new CardTexts(messages);

        CustomerCard first = viewModel.cardProperty().get();
        assertThat(first.chancePending()).isTrue();
        assertThat(viewModel.computingProperty().get()).isFalse();
        assertThat(figure(texts, first, "orders")).isEqualTo("7");
        assertThat(figure(texts, first, "lapseChance")).isEqualTo("Learning…");
        assertThat(figure(texts, first, "value12m")).isEqualTo("Learning…");
        try (PDDocument document = Loader.loadPDF(viewModel.cardPdf().orElseThrow().maker().make())) {
            assertThat(new PDFTextStripper().getText(document)).contains("1,750.00").doesNotContain("Learning");
        }

        assertThat(aside.runAsideJobs()).isEqualTo(1);

        CustomerCard learned = viewModel.cardProperty().get();
        assertThat(learned.chancePending()).isFalse();
        assertThat(figure(texts, learned, "lapseChance")).isNotEqualTo("Learning…");
        assertThat(figure(texts, learned, "orders")).isEqualTo("7");
    }

    private static String figure(CardTexts texts, CustomerCard card, String key) {
        return texts.figures(card).stream().filter(figure -> figure.id().equals("card-figure-" + key))
                .findFirst().orElseThrow().value();
    }

    @Test
    void fileNamesLoseCharactersWindowsForbids() {
        assertThat(CustomerCardViewModel.fileSafe("A/B: \"C\"")).isEqualTo("A_B_ _C_");
    }
}
