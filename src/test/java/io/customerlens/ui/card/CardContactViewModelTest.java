package io.customerlens.ui.card;

import io.customerlens.domain.Contact;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing a customer's contact on the card, over the real store with fixtures/contacts imported; no screen. */
class CardContactViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private Database database;
    private ImportService imports;
    private ContactService contacts;

    @BeforeEach
    void store() throws IOException {
        database = Database.open(folder);
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, CLOCK), CLOCK);
        importFile("contacts-2024-05.csv");
        contacts = new ContactService(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CardContactViewModel card(String key) {
        CardContactViewModel viewModel = new CardContactViewModel(contacts, runner, messages, key);
        viewModel.load();
        return viewModel;
    }

    @Test
    void showsTheImportedContact() {
        CardContactViewModel card = card("C002");

        assertThat(card.phoneProperty().get()).isEqualTo("+86 138 0013 8000");
        assertThat(card.contactPersonProperty().get()).isEqualTo("李娜");
        assertThat(card.addressProperty().get()).isEqualTo("上海市徐汇区漕溪北路8号");
        assertThat(card.wechatProperty().get()).isEmpty();
        assertThat(card.editableProperty().get()).isTrue();
        assertThat(card.editingProperty().get()).isFalse();
    }

    @Test
    void aSavedEditIsStoredAndShownOnTheNextOpeningEvenAfterAReimport() throws IOException {
        CardContactViewModel card = card("C001");
        card.edit();
        card.phoneProperty().set("0571-12345678");
        card.wechatProperty().set("hualian_binjiang");
        card.save();

        assertThat(card.editingProperty().get()).isFalse();
        assertThat(card.messageProperty().get()).isEqualTo(messages.get("customerView.contact.saved"));
        importFile("contacts-2024-06.csv");
        CardContactViewModel reopened = card("C001");
        assertThat(reopened.phoneProperty().get()).isEqualTo("0571-12345678");
        assertThat(reopened.wechatProperty().get()).isEqualTo("hualian_binjiang");
        assertThat(reopened.contactPersonProperty().get()).as("not edited: the newer import's").isEqualTo("陈静");
    }

    @Test
    void cancelDropsWhatWasTyped() {
        CardContactViewModel card = card("C001");
        card.edit();
        card.phoneProperty().set("999");
        card.cancel();

        assertThat(card.phoneProperty().get()).isEqualTo("0571-88886666");
        assertThat(contacts.contact("C001").phone()).isEqualTo("0571-88886666");
    }

    @Test
    void aPhoneWithLettersIsRefusedAndNothingIsStored() {
        CardContactViewModel card = card("C003");
        card.edit();
        card.phoneProperty().set("call Wang");
        card.save();

        assertThat(card.messageProperty().get()).isEqualTo(messages.get("customerView.contact.badPhone"));
        assertThat(card.editingProperty().get()).isTrue();
        assertThat(contacts.contact("C003").phone()).isEqualTo("02087654321");
    }

    @Test
    void aClearedFieldStaysClearedAfterAReimport() throws IOException {
        CardContactViewModel card = card("C003");
        card.edit();
        card.addressProperty().set("  ");
        card.save();
        importFile("contacts-2024-06.csv");

        assertThat(contacts.contact("C003").address()).isNull();
        assertThat(contacts.contact("C003").phone()).isEqualTo("02087654321");
    }

    @Test
    void aCustomerWithoutAnyContactCanBeGivenOne() {
        CardContactViewModel card = card("C004");
        assertThat(card.phoneProperty().get()).isEmpty();
        card.edit();
        card.phoneProperty().set("+86 25 6666 8888 转 12");
        card.save();

        assertThat(contacts.contact("C004")).isEqualTo(new Contact("+86 25 6666 8888 转 12", null, null, null));
    }

    @Test
    void editingIsRefusedWhereContactsAreNotKept() {
        CardContactViewModel card = new CardContactViewModel(ContactService.NONE, runner, messages, "C001");
        card.load();
        card.edit();

        assertThat(card.editableProperty().get()).isFalse();
        assertThat(card.editingProperty().get()).isFalse();
    }

    private void importFile(String name) throws IOException {
        ImportOptions options = ImportOptions.defaults();
        Path file = Path.of("src/test/resources/fixtures/contacts/" + name).toAbsolutePath();
        ImportPlan plan = imports.defaultPlan(imports.inspect(file, options), options);
        imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }
}
