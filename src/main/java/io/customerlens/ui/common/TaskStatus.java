package io.customerlens.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows: the running job's progress (-1 = indeterminate) and message, whether a
 * job runs, and whether it can be cancelled now. Written only by the task runners.
 */
public final class TaskStatus {

    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable", false);
    private final ReadOnlyObjectWrapper<MessageKind> messageKind =
            new ReadOnlyObjectWrapper<>(this, "messageKind", MessageKind.NEUTRAL);
    /** The title of the preparation running aside ({@link Job#aside()}), empty when none runs. */
    private final ReadOnlyStringWrapper aside = new ReadOnlyStringWrapper(this, "aside", "");
    private Runnable cancelAction = () -> { };

    public TaskStatus(String readyText) {
        message.set(readyText);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How the message reads: an error after a failed job, plain otherwise. */
    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /**
     * What is being prepared aside, e.g. the call list's learning, empty when nothing is: the bar says it beside
     * "Ready", so a page that waits for it is not a mystery.
     */
    public ReadOnlyStringProperty asideProperty() {
        return aside.getReadOnlyProperty();
    }

    void asideStarted(String title) {
        aside.set(title);
    }

    void asideFinished() {
        aside.set("");
    }

    /** Asks the running job to stop; it stops at its next check and then reports itself cancelled. */
    public void cancel() {
        if (cancellable.get()) {
            cancellable.set(false);
            cancelAction.run();
        }
    }

    void started(String title, boolean canCancel, Runnable cancel) {
        progress.unbind();
        message.unbind();
        progress.set(-1);
        message.set(title);
        messageKind.set(MessageKind.NEUTRAL);
        running.set(true);
        cancelAction = cancel;
        cancellable.set(canCancel);
    }

    void follow(ReadOnlyDoubleProperty jobProgress, ReadOnlyStringProperty jobMessage) {
        progress.bind(jobProgress);
        message.bind(jobMessage);
    }

    void progress(double value) {
        progress.set(value);
    }

    void message(String text) {
        message.set(text);
    }

    void finished(String finalMessage) {
        finished(finalMessage, MessageKind.NEUTRAL);
    }

    /** The job ended; {@code kind} says how its last message reads. */
    void finished(String finalMessage, MessageKind kind) {
        messageKind.set(kind);
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set(finalMessage);
        running.set(false);
        cancellable.set(false);
        cancelAction = () -> { };
    }
}
