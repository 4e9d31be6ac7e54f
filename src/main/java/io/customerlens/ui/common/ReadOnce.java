package io.customerlens.ui.common;

import io.customerlens.task.CancelSignal;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a page read from the store, kept so that changing an option recomputes in memory instead of
 * reading again. A read and its first analysis run as one background job; later analyses of the same
 * data run as jobs of their own. Every result is handed over on the FX thread. A newer request replaces one
 * still waiting (the user changed N twice before the first answer), so only the latest is computed.
 *
 * @param <D> what the page reads (e.g. the lapse histories)
 */
public final class ReadOnce<D> {

    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private D data;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);

    public ReadOnce(TaskRunner runner, Consumer<Throwable> onFailure) {
        this.runner = runner;
        this.onFailure = onFailure;
    }

    /** Reads, analyses what was read, keeps it, and shows the result. */
    public <R> void read(String title, BackgroundWork<D> reader, Function<D, R> analysis, Consumer<R> show) {
        runner.job(title, context -> {
                    D read = reader.run(context);
                    return new Read<>(read, analysis.apply(read));
                })
                .replacing(List.of(this, "read"))
                .onSuccess(result -> {
                    data = result.data();
                    loaded.set(true);
                    show.accept(result.result());
                })
                .onFailure(onFailure)
                .start();
    }

    /**
     * False until the first read has been shown: until then a page's empty table means "not ready", not "none",
     * and says so.
     */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Analyses the data read last; does nothing before the first read has finished. */
    public <R> void analyse(String title, Function<D, R> analysis, Consumer<R> show) {
        analyse(title, "analyse", analysis, show);
    }

    /**
     * The same for work of its own kind ({@code kind}): it replaces only a waiting job of that kind, so a pivot asked
     * for does not drop a waiting analysis, nor the other way round.
     */
    public <R> void analyse(String title, String kind, Function<D, R> analysis, Consumer<R> show) {
        if (data == null) {
            return;
        }
        D current = data;
        runner.job(title, context -> analysis.apply(current))
                .replacing(List.of(this, kind))
                .onSuccess(show)
                .onFailure(onFailure)
                .start();
    }

    /**
     * The same, aside ({@link Job#aside()}): for an analysis that mostly waits for learning, so the page's next
     * quick request (another N) does not queue behind it; it has the same key, so that request replaces it while
     * it waits, and stops it at its next step once it runs ({@code analysis} is given the job's cancel signal).
     */
    public <R> void analyseAside(String title, BiFunction<D, CancelSignal, R> analysis, Consumer<R> show) {
        if (data == null) {
            return;
        }
        D current = data;
        runner.job(title, context -> analysis.apply(current, context))
                .replacing(List.of(this, "analyse"))
                .onSuccess(show)
                .onFailure(onFailure)
                .aside()
                .start();
    }

    private record Read<D, R>(D data, R result) {
    }
}
