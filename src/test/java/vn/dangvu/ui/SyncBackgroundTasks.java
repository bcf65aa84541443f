package vn.dangvu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Runs work immediately on the calling thread; timers wait until [#runTimers()] (a manual clock for tests).
public final class SyncBackgroundTasks implements BackgroundTasks {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Timer> timers = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private int runs;

    private static final class Timer {
        final Runnable action;
        boolean cancelled;

        Timer(Runnable action) {
            this.action = action;
        }
    }

    @Override
    public <T> Cancellable run(String msg, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        runs++;
        messages.add(msg);
        T result;
        try {
            result = work.call(progress::set);
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable action) {
        Timer t = new Timer(action);
        timers.add(t);
        return () -> t.cancelled = true;
    }

    /// Fires every timer not cancelled, as if their delay had passed.
    public void runTimers() {
        List<Timer> due = new ArrayList<>(timers);
        timers.clear();
        for (Timer t : due) {
            if (!t.cancelled) {
                t.action.run();
            }
        }
    }

    /// How many pieces of work were run so far.
    public int runs() {
        return runs;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        timers.clear();
    }
}
