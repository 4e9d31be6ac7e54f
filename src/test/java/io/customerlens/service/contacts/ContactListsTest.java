package io.customerlens.service.contacts;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.lapse.RankingSelector;
import io.customerlens.domain.Contact;
import io.customerlens.domain.FollowUpChannel;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.report.pdf.CjkFontFinder;
import io.customerlens.report.pdf.ListPdf;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.card.PrintedLists;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.ManualTask;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contacts on the printed lists, over fixtures/contacts (both imports) on 2024-12-02: the call sheet prints the
 * phone under the customer's name, the lapsed list likewise; the PDFs' text is checked.
 */
@OnEveryStore
class ContactListsTest {

    @Parameter
    TestStore store;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 2);

    @TempDir
    Path folder;
    private Database database;
    private ContactService contacts;
    private FollowUpService followUps;
    private PrintedLists lists;

    @BeforeEach
    void open() throws IOException {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        ImportService imports = new ImportService(database, new FileInspector(opener),
                new SpreadsheetImporter(opener, CLOCK), CLOCK);
        for (String name : new String[] {"contacts-2024-05.csv", "contacts-2024-06.csv"}) {
            Path file = Path.of("src/test/resources/fixtures/contacts/" + name).toAbsolutePath();
            ImportPlan plan = imports.defaultPlan(imports.inspect(file, ImportOptions.defaults()), ImportOptions.defaults());
            imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
        }
        LapseService lapses = new LapseService(database, RankingSelector.DEFAULT);
        SegmentService segments = new SegmentService(database);
        followUps = new FollowUpService(database, lapses, segments, CLOCK);
        contacts = new ContactService(database, CLOCK);
        lists = new PrintedLists(lapses, segments, followUps, contacts);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCallSheetPrintsThePhoneUnderTheCustomersName() throws IOException {
        followUps.createManual(new ManualTask("C001", FollowUpChannel.PHONE, TODAY, FollowUpTask.NORMAL, null));
        followUps.createManual(new ManualTask("C003", FollowUpChannel.PHONE, TODAY, FollowUpTask.NORMAL, null));
        contacts.edit("C003", contacts.contact("C003"), new Contact("020-38886666", "王强", null, null));

        var sheet = lists.callSheet(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE), LapseWindow.DEFAULT);
        String text = pdfText(new ListPdf(MessageBundle.forLocale(Locale.SIMPLIFIED_CHINESE), CjkFontFinder.bundledOnly())
                .toBytes(sheet));

        assertThat(sheet.rows()).extracting(row -> row.get(1).lines().toList()).containsExactlyInAnyOrder(
                java.util.List.of("华联超市（滨江店）", "0571-88880000 陈静", "C001"),
                java.util.List.of("万家药房", "020-38886666 王强", "C003"));
        assertThat(text).contains("0571-88880000", "020-38886666", "陈静").doesNotContain("02087654321");
    }

    @Test
    void theLapsedListPrintsThePhoneAndContactPersonUnderTheName() throws IOException {
        var list = lists.lapsed(Optional.of(LocalDate.of(2024, 12, 1)), LapseWindow.DEFAULT, Map.of(),
                MessageBundle.forLocale(Locale.ENGLISH));
        String text = pdfText(new ListPdf(MessageBundle.forLocale(Locale.ENGLISH), CjkFontFinder.bundledOnly()).toBytes(list));

        assertThat(list.rows()).extracting(row -> row.get(2), row -> row.get(1)).contains(
                org.assertj.core.groups.Tuple.tuple("C001", "华联超市（滨江店）\n0571-88880000 陈静"),
                org.assertj.core.groups.Tuple.tuple("C002", "好又多便利店\n+86 138 0013 8000 李娜"));
        assertThat(text).contains("0571-88880000", "+86 138 0013 8000", "13700001111");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
