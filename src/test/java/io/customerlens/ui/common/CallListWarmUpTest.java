package io.customerlens.ui.common;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.ui.FakeCustomerService;
import io.customerlens.ui.FakeLapseService;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CallListWarmUpTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final FakeLapseService lapses = new FakeLapseService();
    private final AnalysisChoices analysis = TestAnalysis.choices();
    private final StoreChanges storeChanges = new StoreChanges();
    private final List<String> titles = new ArrayList<>();
    private final FakeCustomerService customers = new FakeCustomerService();
    private final TaskRunner runner = new TaskRunner() {
        private final SynchronousTaskRunner inner = new SynchronousTaskRunner(messages);

        @Override
        public <T> void execute(Job<T> job) {
            titles.add(job.title());
            inner.execute(job);
        }

        @Override
        public TaskStatus status() {
            return inner.status();
        }
    };

    @Test
    void learnsForTheSharedWindowWhenStartedAndAgainAfterEachChangeOfWindowOrStore() {
        CallListWarmUp warmUp = new CallListWarmUp(lapses, customers, analysis, runner, messages, storeChanges);

        warmUp.start();
        analysis.update(settings -> settings.withLapseWindow(new LapseWindow(6)));
        storeChanges.storeChanged();

        assertThat(lapses.analysedWindows()).containsExactly(3, 6, 6);
        assertThat(customers.optionsAsked()).as("the list with its segments after the learning, with the shared settings")
                .extracting(options -> options.window().months()).containsExactly(3, 6, 6);
        assertThat(titles).containsOnly(messages.get("warmUp.callList")).hasSize(3);
    }

    @Test
    void afterTheWindowsSettingsAreClosedItNoLongerFollowsThem() {
        new CallListWarmUp(lapses, customers, analysis, runner, messages, storeChanges);

        analysis.close();
        analysis.update(settings -> settings.withLapseWindow(new LapseWindow(6)));

        assertThat(lapses.analysedWindows()).isEmpty();
        assertThat(customers.optionsAsked()).isEmpty();
    }
}
