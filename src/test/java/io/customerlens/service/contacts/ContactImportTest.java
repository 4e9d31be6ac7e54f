package io.customerlens.service.contacts;

import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import org.junit.jupiter.params.Parameter;
import io.customerlens.domain.Contact;
import io.customerlens.domain.Field;
import io.customerlens.importer.FileInspection;
import io.customerlens.importer.FileInspector;
import io.customerlens.importer.ImportPlan;
import io.customerlens.importer.SpreadsheetImporter;
import io.customerlens.importer.source.SourceOpener;
import io.customerlens.service.ImportOptions;
import io.customerlens.service.ImportService;
import io.customerlens.service.ImportSummary;
import io.customerlens.store.Database;
import io.customerlens.task.CancelSignal;
import io.customerlens.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts imported from an ERP export with 联系人/电话/地址/微信 columns, merged over two imports, edited on the card. */
@OnEveryStore
class ContactImportTest {

    @Parameter
    TestStore store;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Database database;
    private ImportService imports;
    private ContactService contacts;

    @BeforeEach
    void open() {
        database = store.open(folder);
        SourceOpener opener = new SourceOpener();
        imports = new ImportService(database, new FileInspector(opener), new SpreadsheetImporter(opener, CLOCK), CLOCK);
        contacts = new ContactService(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void contactColumnsAreDetectedFromChineseHeaders() throws IOException {
        FileInspection inspection = imports.inspect(fixture("contacts-2024-05.csv"), ImportOptions.defaults());
        ImportPlan plan = imports.defaultPlan(inspection, ImportOptions.defaults());

        assertThat(plan.mapping().columns()).containsKeys(Field.PHONE, Field.CONTACT_PERSON, Field.ADDRESS,
                Field.WECHAT, Field.CUSTOMER_ID, Field.CUSTOMER_NAME, Field.DATE, Field.AMOUNT);
        assertThat(plan.mapping().column(Field.PHONE).orElseThrow().header()).isEqualTo("电话");
        assertThat(plan.mapping().column(Field.CONTACT_PERSON).orElseThrow().header()).isEqualTo("联系人");
        ImportSummary summary = importFile("contacts-2024-05.csv");
        assertThat(summary.imported()).isEqualTo(5);
    }

    @Test
    void eachCustomerKeepsItsImportedContactAsWritten() throws IOException {
        importFile("contacts-2024-05.csv");

        assertThat(contacts.contact("C001")).isEqualTo(
                new Contact("0571-88886666", "张伟", "杭州市滨江区江南大道100号", "zhangwei_hl"));
        assertThat(contacts.contact("C002")).isEqualTo(
                new Contact("+86 138 0013 8000", "李娜", "上海市徐汇区漕溪北路8号", null));
        assertThat(contacts.contact("C003").phone()).isEqualTo("02087654321");
        assertThat(contacts.contact("C004")).isEqualTo(Contact.EMPTY);
        assertThat(contacts.contacts()).containsOnlyKeys("C001", "C002", "C003");
    }

    @Test
    void theLatestNonEmptyValueWinsAcrossTwoImports() throws IOException {
        importFile("contacts-2024-05.csv");
        importFile("contacts-2024-06.csv");

        // newer line with new values: they win
        assertThat(contacts.contact("C001")).isEqualTo(
                new Contact("0571-88880000", "陈静", "杭州市滨江区江南大道100号", "zhangwei_hl"));
        // newer line with empty phone and address: the earlier values stay
        assertThat(contacts.contact("C002")).isEqualTo(
                new Contact("+86 138 0013 8000", "李娜", "上海市徐汇区漕溪北路8号", null));
        // an older line imported later does not overwrite
        assertThat(contacts.contact("C003")).isEqualTo(
                new Contact("02087654321", "王强", "广州市天河区体育西路5号", "wq_pharmacy"));
        // a customer first given a contact by the second import
        assertThat(contacts.contact("C004")).isEqualTo(
                new Contact("13700001111", "刘洋", "南京市鼓楼区中山路20号", "liuyang_books"));
    }

    @Test
    void aCardEditSurvivesAReimportWhileUneditedFieldsFollowTheImports() throws IOException {
        importFile("contacts-2024-05.csv");
        Contact shown = contacts.contact("C001");
        contacts.edit("C001", shown, new Contact("0571-12345678", shown.contactPerson(), shown.address(), null));

        importFile("contacts-2024-06.csv");

        Contact after = contacts.contact("C001");
        assertThat(after.phone()).isEqualTo("0571-12345678");
        assertThat(after.wechat()).as("cleared on the card").isNull();
        assertThat(after.contactPerson()).as("not edited: follows the newer import").isEqualTo("陈静");
    }

    @Test
    void anEditForACustomerWithoutImportedContactIsShown() throws IOException {
        importFile("contacts-2024-05.csv");

        contacts.edit("C004", Contact.EMPTY, new Contact("025-66668888", "刘洋", null, null));

        assertThat(contacts.contact("C004")).isEqualTo(new Contact("025-66668888", "刘洋", null, null));
        assertThat(contacts.contacts()).containsKey("C004");
    }

    private ImportSummary importFile(String name) throws IOException {
        FileInspection inspection = imports.inspect(fixture(name), ImportOptions.defaults());
        ImportPlan plan = imports.defaultPlan(inspection, ImportOptions.defaults());
        return imports.importFile(plan, ProgressListener.NONE, CancelSignal.NEVER);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ContactImportTest.class.getResource("/fixtures/contacts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
