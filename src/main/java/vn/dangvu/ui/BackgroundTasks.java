package vn.dangvu.ui;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/// The only way the UI runs slow work (database, files) off the FX thread. Callbacks run on the FX thread.
/// [FxBackgroundTasks] wraps javafx.concurrent.Task; [SyncBackgroundTasks] runs everything at once for tests.
/// The status bar binds to [#message()], [#progress()] and [#busy()].
public interface BackgroundTasks {

    /// Work done on a background thread; it may report progress from 0 to 1.
    @FunctionalInterface
    interface Work<T> {
        T call(DoubleConsumer progress) throws Exception;
    }

    /// Something started that can be called off. Cancelling never interrupts the worker thread
    /// (an interrupt inside H2 file I/O closes the database file); it only drops the callbacks.
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /// Runs work in the background; message is shown in the status bar while it runs ("" for quiet work).
    <T> Cancellable run(String message, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /// Runs action on the FX thread after delayMillis, unless cancelled first (debouncing).
    Cancellable schedule(long delayMillis, Runnable action);

    ReadOnlyStringProperty message();

    /// Progress of the latest running task: -1 = indeterminate, 0..1 otherwise.
    ReadOnlyDoubleProperty progress();

    ReadOnlyBooleanProperty busy();

    /// Stops accepting work, drops pending callbacks and waits (bounded) for running work to finish.
    void shutdown();
}
