package io.customerlens.ui.importwizard;

import io.customerlens.domain.Field;
import io.customerlens.domain.ImportProblem;
import io.customerlens.domain.ProblemReason;
import io.customerlens.service.CustomerRow;
import io.customerlens.ui.UiTestBase;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.testfx.matcher.control.LabeledMatchers;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path of the issue: import a small export through the wizard, then see its customers. */
class ImportThroughTheWizardUiTest extends UiTestBase {

    @Test
    void importedCustomersAppearInTheCustomersTable() throws Exception {
        openPage("#nav-import");
        filePicker.opens(fixture("tiny-sales.csv"));
        clickOn("#wizard-choose-file");

        waitUntil(() -> isShowing("#wizard-import") && !lookup("#wizard-import").queryAs(Button.class).isDisabled());
        waitUntil(() -> isShowing("#wizard-field-3"));
        assertThat(fieldShownAbove(0)).isEqualTo(new FieldChoice(Field.DATE));
        assertThat(fieldShownAbove(3)).isEqualTo(new FieldChoice(Field.CUSTOMER_NAME));
        assertThat(text("#wizard-file-description")).startsWith("tiny-sales.csv – text file with columns, encoding");

        clickOn("#wizard-import");

        waitUntil(() -> isShowing("#wizard-summary-headline"));
        assertThat(text("#wizard-summary-headline")).isEqualTo("tiny-sales.csv: 5 lines imported");
        TableView<ImportProblem> rejected = lookup("#wizard-rejected").queryTableView();
        assertThat(rejected.getItems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.value()).isEqualTo("2024-02-30");
                    assertThat(problem.reason()).isEqualTo(ProblemReason.INVALID_DATE);
                });

        Path saveTo = dataFolder.resolve("rejected.xlsx");
        filePicker.savesTo(saveTo);
        clickOn("#wizard-save-rejected");
        waitUntil(() -> text("#wizard-save-notice").startsWith("Saved to"));
        try (Workbook saved = WorkbookFactory.create(saveTo.toFile())) {
            assertThat(saved.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("2024-02-30");
        }

        clickOn("#wizard-show-customers");

        waitUntil(() -> isShowing("#customers-view") && text("#customers-count").equals("3 of 3 customers"));
        TableView<CustomerRow> table = lookup("#customers-table").queryTableView();
        assertThat(table.getItems()).extracting(CustomerRow::displayName)
                .containsExactlyInAnyOrder("华联超市", "永辉便利店", "Green Grocer");
        CustomerRow hualian = table.getItems().stream().filter(row -> row.key().equals("C001")).findFirst().orElseThrow();
        assertThat(hualian.summary().netAmount()).isEqualByComparingTo(new BigDecimal("2000.50"));
        assertThat(hualian.summary().orders()).isEqualTo(2);
        // The table draws only the columns in view: bring the figure's column into view first.
        interact(() -> table.scrollToColumn(table.getColumns().stream()
                .filter(column -> "customers-column-netAmount".equals(column.getId())).findFirst().orElseThrow()));
        waitUntil(() -> lookup(".table-cell").match(LabeledMatchers.hasText("2,000.50")).tryQuery().isPresent());
        assertThat(text("#customers-as-of")).isEqualTo("As of 2024-03-16 (the latest date in the store)");

        clickOn("#customers-search").write("green");
        waitUntil(() -> text("#customers-count").equals("1 of 3 customers"));
    }

    /** Enter fires a scene's default button: on each step only that step's own may be in the scene. */
    @Test
    void onlyTheCurrentStepsButtonAnswersEnter() throws Exception {
        openPage("#nav-import");
        assertThat(defaultButtonIds()).containsExactly("wizard-choose-file");
        filePicker.opens(fixture("tiny-sales.csv"));
        clickOn("#wizard-choose-file");
        waitUntil(() -> isShowing("#wizard-import"));

        assertThat(defaultButtonIds()).containsExactly("wizard-import");
    }

    private java.util.List<String> defaultButtonIds() {
        return lookup(".button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).map(Button::getId).toList();
    }

    @Test
    void unreadableFileIsNamedAndNothingIsImported() throws Exception {
        Path notASpreadsheet = dataFolder.resolve("photo.xlsx");
        Files.write(notASpreadsheet, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        openPage("#nav-import");
        filePicker.opens(notASpreadsheet);

        clickOn("#wizard-choose-file");

        waitUntil(() -> text("#wizard-notice").startsWith("Cannot read photo.xlsx"));
        assertThat(isShowing("#wizard-choose-file")).isTrue();
        assertThat(context.customerService().storeIsEmpty()).isTrue();
    }

    @Test
    void userMapsUnknownHeadersWithTheChoiceBoxesAndProblemsClear() throws Exception {
        openPage("#nav-import");
        filePicker.opens(fixture("unknown-headers.csv"));
        clickOn("#wizard-choose-file");
        waitUntil(() -> isShowing("#wizard-problems"));
        assertThat(lookup("#wizard-import").queryAs(Button.class).isDisabled()).isTrue();

        pickField(0, "Date");
        pickField(1, "Customer name");
        pickField(2, "Amount");

        waitUntil(() -> !lookup("#wizard-import").queryAs(Button.class).isDisabled());
        assertThat(isShowing("#wizard-problems")).isFalse();
        assertThat(fieldShownAbove(3)).isEqualTo(FieldChoice.NOT_IMPORTED);
        clickOn("#wizard-import");
        waitUntil(() -> isShowing("#wizard-summary-headline"));
        assertThat(text("#wizard-summary-headline")).isEqualTo("unknown-headers.csv: 3 lines imported");
    }

    /** Opens the choice box above a column and clicks a field in its list, as a user does. */
    private void pickField(int column, String fieldName) throws TimeoutException {
        // The table builds its column headers in a layout pass after the step appears.
        waitUntil(() -> isShowing("#wizard-field-" + column));
        clickOn("#wizard-field-" + column);
        clickOn(lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(fieldName)).queryLabeled());
    }

    private FieldChoice fieldShownAbove(int column) {
        ComboBox<FieldChoice> box = lookup("#wizard-field-" + column).queryComboBox();
        return box.getValue();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }
}
