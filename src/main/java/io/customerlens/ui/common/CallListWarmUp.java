package io.customerlens.ui.common;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.service.lapse.LapseService;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Learns the chance of no order, and fits the value models, for the shared window and as-of date in the
 * background: Home shows its counts without waiting for learning, and by the time the salesperson opens Lapse,
 * Customers or a card the answer is usually in the snapshot's memo already. It runs aside ({@link Job#aside()}),
 * so no page's own job waits behind it, and a newer request replaces one still waiting, so changing N twice
 * learns the latest window only.
 */
public final class CallListWarmUp {

    /** One warm-up waits at a time: a newer one (another N, a new import) takes its place. */
    private static final Object KEY = CallListWarmUp.class;

    private final LapseService lapses;
    private final AnalysisChoices analysis;
    private final TaskRunner runner;
    private final Messages messages;

    public CallListWarmUp(LapseService lapses, AnalysisChoices analysis, TaskRunner runner, Messages messages,
                          StoreChanges storeChanges) {
        this.lapses = lapses;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        storeChanges.revisionProperty().addListener((observable, before, after) -> start());
        // Ends with the window's AnalysisChoices, which drops every subscription made through it when closed.
        analysis.subscribe(settings -> start());
    }

    /** Queues the learning for the settings in force now; costs nothing when the memo already has it. */
    public void start() {
        Optional<LocalDate> asOf = analysis.get().asOf();
        LapseWindow window = analysis.get().lapseWindow();
        runner.job(messages.get("warmUp.callList"), context -> {
            lapses.analyse(lapses.load(asOf), window);
            return window;
        }).replacing(KEY).aside().start();
    }
}
