package io.customerlens.ui.common;

import io.customerlens.service.SalespersonScope;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.settings.AnalysisSettings;
import io.customerlens.settings.AppSettings;
import io.customerlens.settings.Setting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The analysis settings as the pages of one window see them: read at load, changed by any page's option control
 * or the settings dialog, heard by every page, the card and the printouts. Closing it ends every subscription
 * made through it (the window is built again on a language change and its old pages must stop listening).
 */
public final class AnalysisChoices implements AutoCloseable {

    private final AppSettings settings;
    private final List<AppSettings.Subscription> subscriptions = new CopyOnWriteArrayList<>();

    public AnalysisChoices(AppSettings settings) {
        this.settings = settings;
    }

    /**
     * Choices that also narrow {@code scope} to the settings' salesperson (docs/decisions/0021): now, and on each
     * change before any page hears of it (this listener is the first), so a page's reload reads the new scope.
     */
    public AnalysisChoices(AppSettings settings, SalespersonScope scope) {
        this(settings);
        scope.scopeTo(get().salesperson());
        AppSettings.Subscription scoping = settings.onChange(Setting.ANALYSIS,
                changed -> scope.scopeTo(changed.salesperson()));
        subscriptions.add(scoping);
    }

    public AnalysisSettings get() {
        return settings.get(Setting.ANALYSIS);
    }

    /** Stores the settings changed by {@code change}; every subscriber hears it when something changed. */
    public void update(UnaryOperator<AnalysisSettings> change) {
        settings.set(Setting.ANALYSIS, change.apply(get()));
    }

    /** Calls {@code onChange} after each change; the returned subscription stops it (a view model's dispose). */
    public AppSettings.Subscription subscribe(Consumer<AnalysisSettings> onChange) {
        AppSettings.Subscription subscription = settings.onChange(Setting.ANALYSIS, onChange);
        subscriptions.add(subscription);
        return () -> {
            subscription.unsubscribe();
            subscriptions.remove(subscription);
        };
    }

    /** Days after the latest sale date from which the data is called stale (a setting, default 45). */
    public int staleAfterDays() {
        return settings.get(Setting.STALE_AFTER_DAYS);
    }

    /** The segment options of these settings (RFM, tiers, key accounts, and the lapse window for lifecycle). */
    public static SegmentOptions segmentOptions(AnalysisSettings settings) {
        return new SegmentOptions(settings.rfm(), settings.tiers(), settings.weights(), settings.cutoffs(),
                settings.lapseWindow(), SegmentOptions.DEFAULT_NEW_MONTHS);
    }

    @Override
    public void close() {
        subscriptions.forEach(AppSettings.Subscription::unsubscribe);
        subscriptions.clear();
    }
}
