package vn.dangvu.backup.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.backup.BackupService;
import vn.dangvu.ui.BackgroundTasks;

/// The daily backup while the app is in use: a timer ([BackgroundTasks#schedule]) looks every half hour (the first
/// time two minutes after the start) and, when no verified backup was made today, makes one off the FX thread.
public final class BackupScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);
    static final long FIRST_MS = 2 * 60_000L;
    static final long EVERY_MS = 30 * 60_000L;

    private final BackupService service;
    private final BackgroundTasks tasks;
    private final Runnable made;
    private BackgroundTasks.Cancellable timer = () -> { };
    private boolean stopped;

    /// `made` runs (FX thread) after a backup was made.
    public BackupScheduler(BackupService service, BackgroundTasks tasks, Runnable made) {
        this.service = service;
        this.tasks = tasks;
        this.made = made;
    }

    public void start() {
        timer = tasks.schedule(FIRST_MS, this::tick);
    }

    private void tick() {
        if (stopped) {
            return;
        }
        tasks.run("", p -> service.backupIfDue(), b -> {
            b.ifPresent(x -> made.run());
            next();
        }, e -> {
            LOG.warn("The daily backup failed; it is tried again in {} minutes", EVERY_MS / 60_000, e);
            next();
        });
    }

    private void next() {
        if (!stopped) {
            timer = tasks.schedule(EVERY_MS, this::tick);
        }
    }

    public void stop() {
        stopped = true;
        timer.cancel();
    }
}
