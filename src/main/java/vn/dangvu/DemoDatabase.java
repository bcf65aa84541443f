package vn.dangvu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;

import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;

/// The demo commune ("Mở dữ liệu mẫu"): a database of its own beside the real one, so trying the app
/// never mixes fictional people into real records. Generated on first use, reopened afterwards.
public final class DemoDatabase {

    public static final int MEMBERS = 1000;
    public static final long SEED = 2025;

    private DemoDatabase() {
    }

    /// AppPaths.home()/data/demo/dangvu-demo(.mv.db)
    public static Path defaultBase() {
        return AppPaths.home().resolve("data").resolve("demo").resolve("dangvu-demo");
    }

    /// Opens the demo database at base, creating and filling it when it does not exist (under a temporary name,
    /// named when complete, so a window closed or killed while it is generated leaves nothing half-made).
    /// A demo file left empty by an older version is filled in place.
    public static AppContext open(Path base, DoubleConsumer progress) throws AppException {
        Database db = Files.exists(Database.dataFile(base.toAbsolutePath().normalize()))
                ? Database.open(base)
                : Database.create(base, built -> new AppContext(built).demo().populate(new DemoOptions(MEMBERS, SEED), progress));
        try {
            AppContext ctx = new AppContext(db);
            if (ctx.settings().load().isEmpty()) {
                ctx.demo().populate(new DemoOptions(MEMBERS, SEED), progress);
            }
            return ctx;
        } catch (AppException | RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
