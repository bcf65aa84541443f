package vn.dangvu.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.settings.SetupRequest;

/// Run by [ImportMemoryTest] in a child JVM with `-Xmx256m`: imports one file into a fresh database and prints
/// "IMPORTED <rows read> <imported>" or "REFUSED <key>|<message>", what is in the database then ("LEFT members=0 units=0"
/// after a refusal), and the wall time of the import "MS <ms>".
public final class ImportMemoryChild {

    private ImportMemoryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path base = Path.of(args[1]);
        Files.deleteIfExists(Database.dataFile(base));
        long t0 = 0;
        long ms;
        try (AppContext ctx = new AppContext(Database.create(base))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            int units = ctx.units().all().size();
            t0 = System.nanoTime();
            try {
                ImportReport r = ctx.memberImport().importFile(file, new ImportOptions(true, false, true,
                        Optional.empty(), Optional.empty(), LocalDate.of(2026, 11, 21)));
                System.out.println("IMPORTED " + r.rowsRead() + " " + r.imported());
            } catch (AppException e) {
                System.out.println("REFUSED " + e.key() + "|" + e.userMessage().replace('\n', ' '));
            }
            ms = (System.nanoTime() - t0) / 1_000_000;
            // what a refused file left in the database: nothing
            System.out.println("LEFT members=" + ctx.members().count() + " units=" + (ctx.units().all().size() - units));
        }
        System.out.println("MS " + ms);
        System.out.flush();
    }
}
