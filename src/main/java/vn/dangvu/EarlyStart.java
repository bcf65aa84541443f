package vn.dangvu;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.db.Database;

/// Opens the window's database on a thread of its own, which then loads the member index. [Launcher] calls
/// [#prepare]; [App] calls [#begin] once the window's first frame is rendered: on the 2-core PCs communes use,
/// opening H2 (and loading jOOQ and the index) while the JavaFX toolkit starts, the window is built and its first
/// frame painted took the CPU they needed and put the window on screen later (docs/benchmarks.md, issue 7). The
/// window then takes the ready context with [#context]. Without [#prepare] (tests that start App directly) the
/// context is opened on demand.
public final class EarlyStart {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyStart.class);
    private static CompletableFuture<AppContext> pending;
    private static Path pendingBase;
    private static volatile boolean mustExist;
    private static boolean prepared;

    private EarlyStart() {
    }

    /// The database the window opens: -Ddangvu.db, else the default one in the data folder.
    public static Path databaseBase() {
        String prop = System.getProperty("dangvu.db");
        return prop != null && !prop.isBlank() ? Path.of(prop) : AppPaths.defaultDatabase();
    }

    /// The window will open its database through [#begin]. `existing`: the file was named (`--db FILE`), so it
    /// is opened only if it exists (a mistyped name must not create a new, empty database).
    static synchronized void prepare(boolean existing) {
        mustExist = existing;
        prepared = true;
    }

    /// Starts opening the window's database in the background, once, if [#prepare] was called.
    static synchronized void begin() {
        if (!prepared) {
            return;
        }
        prepared = false;
        Path base = databaseBase();
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dangvu-early-open");
            t.setDaemon(true);
            return t;
        });
        pendingBase = base;
        pending = CompletableFuture.supplyAsync(() -> {
            try {
                long t0 = System.nanoTime();
                AppContext ctx = new AppContext(open(base));
                long t1 = System.nanoTime();
                ctx.settings().load();
                LOG.debug("Early open of {} ready at {} ms after JVM start: open {} ms, settings {} ms", base,
                        sinceJvmStart(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
                return ctx;
            } catch (AppException e) {
                throw new CompletionException(e);
            }
        }, one);
        // Then, on the same thread, the member list: the window does not wait for it (100,000 members take
        // seconds on a cold start), the member screen and the overview counts do, if they come first.
        pending.whenCompleteAsync((ctx, error) -> {
            try {
                if (ctx != null) {
                    long t0 = System.nanoTime();
                    ctx.members().preload();
                    LOG.debug("Member list of {} members loaded at {} ms after JVM start ({} ms)", ctx.members().count(),
                            sinceJvmStart(), (System.nanoTime() - t0) / 1_000_000);
                }
            } catch (RuntimeException e) {
                LOG.warn("Loading the member list in advance failed; it is loaded when first shown", e);
            } finally {
                one.shutdown();
            }
        }, one);
    }

    private static Database open(Path base) throws AppException {
        return mustExist ? Database.open(base) : Database.openOrCreate(base);
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /// The context of the database at `base`: the one opened early if it is that database, else opened now.
    public static AppContext context(Path base) throws AppException {
        CompletableFuture<AppContext> f;
        synchronized (EarlyStart.class) {
            f = base.equals(pendingBase) ? pending : null;
            pending = null;
            pendingBase = null;
        }
        if (f == null) {
            return new AppContext(open(base));
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(e, "db.error.cannotOpen", base, e.getMessage());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AppException a) {
                throw a;
            }
            throw new AppException(e.getCause(), "db.error.cannotOpen", base, String.valueOf(e.getCause()));
        }
    }
}
