package io.customerlens.ui.shell;

import io.customerlens.service.TeamSalesFixture;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.InMemorySettingsStore;
import io.customerlens.settings.Setting;
import io.customerlens.store.server.OnEveryStore;
import io.customerlens.store.server.TestStore;
import io.customerlens.ui.common.AnalysisChoices;
import io.customerlens.ui.common.Messages;
import io.customerlens.ui.common.StoreChanges;
import io.customerlens.ui.common.SynchronousTaskRunner;
import io.customerlens.ui.lapse.LapseViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell's salesperson chooser over a whole team's store ({@link TeamSalesFixture}): choosing reloads the pages
 * with the chosen salesperson's figures, which the pages take from the shared snapshot without filtering.
 */
@OnEveryStore
class SalespersonChooserViewModelTest {

    @Parameter
    TestStore store;

    @TempDir
    Path folder;
    private TeamSalesFixture team;
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final AppSettings settings = new AppSettings(new InMemorySettingsStore());
    private final StoreChanges storeChanges = new StoreChanges();
    private final SynchronousTaskRunner runner = new SynchronousTaskRunner(messages);
    private AnalysisChoices choices;
    private SalespersonChooserViewModel chooser;
    private LapseViewModel lapse;

    @BeforeEach
    void open() throws IOException {
        team = new TeamSalesFixture(store, folder);
        choices = new AnalysisChoices(settings, team.customers.salespersonScope());
        lapse = new LapseViewModel(team.lapses, choices, runner, messages, storeChanges, key -> { });
        chooser = new SalespersonChooserViewModel(choices, team.customers.salespersonScope(), runner, messages,
                storeChanges);
        lapse.refresh();
        chooser.refresh();
    }

    @AfterEach
    void close() {
        choices.close();
        team.close();
    }

    private List<String> lapseCustomers() {
        return lapse.reportProperty().get().customers().stream().map(LapseRow::info).map(info -> info.id()).sorted()
                .toList();
    }

    private List<String> labels() {
        return chooser.options().stream().map(SalespersonChooserViewModel.Choice::label).toList();
    }

    @Test
    void twoSalespeopleShowTheChooserWithEveryoneFirst() {
        assertThat(chooser.visibleProperty().get()).isTrue();
        assertThat(labels()).containsExactly("All", "张伟", "李娜");
        assertThat(chooser.chosenProperty().get().salesperson()).isEmpty();
        assertThat(lapseCustomers()).containsExactly("C01", "C02", "C03", "C04", "C05");
    }

    @Test
    void aChineseWindowListsTheSalespeopleInPinyinOrder() {
        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        SalespersonChooserViewModel inChinese = new SalespersonChooserViewModel(choices,
                team.customers.salespersonScope(), new SynchronousTaskRunner(chinese), chinese, storeChanges);

        inChinese.refresh();

        assertThat(inChinese.options()).extracting(SalespersonChooserViewModel.Choice::label)
                .containsExactly("全部", "李娜", "张伟");
    }

    @Test
    void choosingASalespersonReloadsThePageWithTheirCustomersOnly() {
        chooser.chosenProperty().set(chooser.options().get(2));

        assertThat(settings.get(Setting.ANALYSIS).salesperson()).contains("李娜");
        assertThat(lapseCustomers()).containsExactly("C04", "C05");
        assertThat(lapse.reportProperty().get().customers().stream().filter(row -> row.lapse().lapsed())
                .map(row -> row.info().id())).containsExactly("C05");

        chooser.choose(Optional.of("张伟"));
        assertThat(lapseCustomers()).containsExactly("C01", "C02", "C03");

        chooser.choose(Optional.empty());
        assertThat(lapseCustomers()).containsExactly("C01", "C02", "C03", "C04", "C05");
    }

    @Test
    void aStoredChoiceOfASalespersonTheStoreDoesNotHoldFallsBackToEveryone() {
        choices.update(current -> current.withSalesperson(Optional.of("王五")));

        chooser.refresh();

        assertThat(settings.get(Setting.ANALYSIS).salesperson()).isEmpty();
        assertThat(chooser.chosenProperty().get().label()).isEqualTo("All");
        assertThat(lapseCustomers()).hasSize(5);
    }
}
