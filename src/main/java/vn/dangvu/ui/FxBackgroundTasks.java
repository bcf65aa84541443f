package vn.dangvu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;

/// Background work on a small pool of daemon threads, wrapped in javafx.concurrent.Task.
/// Must be called on the FX thread; callbacks come back on it.
public final class FxBackgroundTasks implements BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, new DaemonThreads());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Running<?>> active = new ArrayList<>();
    private boolean stopped;

    private record Running<T>(String message, Task<T> task) {
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = Thread.ofPlatform().name("dangvu-bg-" + n.incrementAndGet()).daemon(true).unstarted(r);
            return t;
        }
    }

    @Override
    public <T> Cancellable run(String msg, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (stopped) {
            return () -> { };
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(p -> updateProgress(p, 1.0));
            }
        };
        Running<T> running = new Running<>(msg, task);
        task.setOnSucceeded(e -> {
            finish(running);
            if (!stopped) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            finish(running);
            Throwable error = task.getException();
            LOG.debug("Background work failed: {}", msg, error);
            if (!stopped) {
                // a refusal that came wrapped (a transaction, a read-only or full disk) reaches the screen as itself
                onFailure.accept(AppException.in(error).map(Throwable.class::cast).orElse(error));
            }
        });
        task.setOnCancelled(e -> finish(running));
        active.add(running);
        showLatest();
        executor.execute(task);
        return () -> task.cancel(false);
    }

    private void finish(Running<?> running) {
        active.remove(running);
        showLatest();
    }

    /// The status bar follows the most recently started task that has a message.
    private void showLatest() {
        progress.unbind();
        for (int i = active.size() - 1; i >= 0; i--) {
            Running<?> r = active.get(i);
            if (!r.message().isEmpty()) {
                message.set(r.message());
                progress.bind(r.task().progressProperty());
                busy.set(true);
                return;
            }
        }
        message.set("");
        progress.set(0);
        busy.set(!active.isEmpty());
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(delayMillis));
        pause.setOnFinished(e -> {
            if (!stopped) {
                action.run();
            }
        });
        pause.play();
        return pause::stop;
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
        stopped = true;
        for (Running<?> r : List.copyOf(active)) {
            r.task().cancel(false);
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after {} s at exit", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
