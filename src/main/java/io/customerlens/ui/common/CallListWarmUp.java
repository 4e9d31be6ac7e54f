package io.customerlens.ui.common;

import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.CustomerService;
import io.customerlens.service.segments.SegmentOptions;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Learns the chance of no order, fits the value models, then computes the customers' segments, for the shared
 * settings in the background: Home shows its counts without waiting for them, and by the time the salesperson opens
 * Lapse, Customers or a card the answers are usually in the snapshot's memo already (the chance first: the Lapse
 * page and the call list need it; then the Customers list with its segments, which the card's badges share). It runs aside ({@link Job#aside()}),
 * so no page's own job waits behind it, and a newer request replaces one still waiting, so changing N twice
 * learns the latest window only: a learning already running for the old window stops at its next step.
 */
public final class CallListWarmUp {

    /** One warm-up waits at a time: a newer one (another N, a new import) takes its place. */
    private static final Object KEY = CallListWarmUp.class;

    private final LapseService lapses;
    private final CustomerService customers;
    private final AnalysisChoices analysis;
    private final TaskRunner runner;
    private final Messages messages;

    public CallListWarmUp(LapseService lapses, CustomerService customers, AnalysisChoices analysis, TaskRunner runner,
                          Messages messages, StoreChanges storeChanges) {
        this.lapses = lapses;
        this.customers = customers;
        this.analysis = analysis;
        this.runner = runner;
        this.messages = messages;
        storeChanges.revisionProperty().addListener((observable, before, after) -> start());
        // Ends with the window's AnalysisChoices, which drops every subscription made through it when closed.
        analysis.subscribe(settings -> start());
    }

    /** Queues the learning and the segments for the settings in force now; costs nothing when the memo has them. */
    public void start() {
        Optional<LocalDate> asOf = analysis.get().asOf();
        LapseWindow window = analysis.get().lapseWindow();
        SegmentOptions options = AnalysisChoices.segmentOptions(analysis.get());
        runner.job(messages.get("warmUp.callList"), context -> {
            lapses.analyse(lapses.load(asOf), window, context);
            customers.overview(asOf, options);
            return window;
        }).replacing(KEY).aside().start();
    }
}
