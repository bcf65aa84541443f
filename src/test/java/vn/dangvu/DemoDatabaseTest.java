package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dangvu.db.Database;

class DemoDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void firstOpenGeneratesTheDemoCommuneLaterOpensReuseIt() throws Exception {
        Path base = dir.resolve("data").resolve("demo").resolve("dangvu-demo");
        List<Double> progress = new ArrayList<>();
        try (AppContext ctx = DemoDatabase.open(base, progress::add)) {
            assertEquals("Xã Phú Sơn", ctx.settings().load().orElseThrow().communeName());
            assertEquals(DemoDatabase.MEMBERS, ctx.members().count());
        }
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() > 2);

        List<Double> again = new ArrayList<>();
        try (AppContext ctx = DemoDatabase.open(base, again::add)) {
            assertEquals(DemoDatabase.MEMBERS, ctx.members().count());
        }
        assertEquals(List.of(), again);
    }

    @Test
    void demoLivesUnderTheAppHome() {
        String old = System.getProperty("dangvu.home");
        System.setProperty("dangvu.home", dir.toString());
        try {
            assertEquals(dir.resolve("data").resolve("demo").resolve("dangvu-demo"), DemoDatabase.defaultBase());
            assertTrue(Database.dataFile(DemoDatabase.defaultBase()).toString().endsWith("dangvu-demo.mv.db"));
        } finally {
            if (old == null) {
                System.clearProperty("dangvu.home");
            } else {
                System.setProperty("dangvu.home", old);
            }
        }
    }
}
