package io.customerlens.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A date field in Chinese: the language's own way is read, a text that names no date is kept and marked. */
class DateFieldsUiTest extends ApplicationTest {

    private DatePicker picker;

    @Override
    public void start(Stage stage) {
        picker = DateFields.create(Messages.forLocale(Locale.SIMPLIFIED_CHINESE), "date");
        picker.setValue(LocalDate.of(2026, 12, 1));
        stage.setScene(new Scene(new VBox(8, picker, new TextField()), 300, 120));
        stage.show();
    }

    @Test
    void theLanguagesOwnWayIsReadAndShownAsIso() {
        replaceText("2026年12月15日");

        type(KeyCode.TAB);

        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(picker.getEditor().getText()).isEqualTo("2026-12-15");
        assertThat(picker.getPseudoClassStates()).doesNotContain(DateFields.INVALID);
    }

    @Test
    void textThatNamesNoDateIsKeptAndMarked() {
        replaceText("2026-13-45");

        type(KeyCode.TAB);

        assertThat(picker.getEditor().getText()).isEqualTo("2026-13-45");
        assertThat(picker.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(picker.getPseudoClassStates()).contains(DateFields.INVALID);
        assertThat(picker.getTooltip().getText()).contains("2026年12月15日");
    }

    @Test
    void aDateSetFromElsewhereClearsTheMark() {
        replaceText("soon");
        type(KeyCode.TAB);

        interact(() -> picker.setValue(LocalDate.of(2027, 1, 2)));

        assertThat(picker.getEditor().getText()).isEqualTo("2027-01-02");
        assertThat(picker.getPseudoClassStates()).doesNotContain(DateFields.INVALID);
        assertThat(picker.getTooltip()).isNull();
    }

    private void replaceText(String text) {
        clickOn(picker.getEditor());
        interact(() -> picker.getEditor().setText(text));
    }
}
