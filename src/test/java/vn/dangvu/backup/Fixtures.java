package vn.dangvu.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import vn.dangvu.AppContext;
import vn.dangvu.TestClocks;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Contents;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.SetupRequest;

/// Databases and helpers for the backup tests.
final class Fixtures {

    static final Clock CLOCK = TestClocks.at(2026, 11, 21);

    private Fixtures() {
    }

    /// A new database of the commune with the given members; closed on return.
    static void commune(Path base, String commune, String... names) throws AppException {
        try (AppContext ctx = new AppContext(Database.create(base), CLOCK)) {
            ctx.settings().setup(new SetupRequest(commune, "Khánh Hòa", "Nguyễn Văn A", "", 2025, 2030));
            for (String n : names) {
                register(ctx, n);
            }
        }
    }

    static void register(AppContext ctx, String name) throws AppException {
        register(ctx, name, null);
    }

    /// A member with a home town: a value the audit trail does not repeat (its summary names the member).
    static void register(AppContext ctx, String name, String homeTown) throws AppException {
        long root = ctx.units().all().get(0).id();
        MemberDetails form = TestMembers.form(name, Gender.FEMALE, LocalDate.of(1980, 1, 1), root, LocalDate.of(2005, 5, 19),
                null, LocalDate.of(2006, 5, 19));
        TestMembers.add(ctx, homeTown == null ? form : TestMembers.with(form, null, null, null, homeTown), MemberStatus.OFFICIAL);
    }

    static AppContext open(Path base) throws AppException {
        return new AppContext(Database.open(base), CLOCK);
    }

    /// Every table's rows and digest, without the tables the app stamps on every open.
    static Map<String, String> digests(Contents c) {
        Map<String, String> m = new TreeMap<>();
        c.tables().forEach((k, v) -> {
            if (!DamageRules.NOT_COMPARED.contains(k)) {
                m.put(k, v.rows() + " " + v.digest());
            }
        });
        return m;
    }

    static Map<String, String> digests(BackupManifest manifest) {
        Map<String, String> m = new TreeMap<>();
        manifest.tables().forEach((k, v) -> {
            if (!DamageRules.NOT_COMPARED.contains(k)) {
                m.put(k, v.rows() + " " + v.digest());
            }
        });
        return m;
    }

    /// Replaces every occurrence of `from` in the file's bytes by `to` (same length; old page versions hold copies):
    /// what a flipped bit or a zeroed sector does to a stored value, below every check H2 makes.
    static void patch(Path file, byte[] from, byte[] to) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int hits = 0;
        for (int i = 0; i + from.length <= all.length; i++) {
            boolean hit = true;
            for (int j = 0; j < from.length && hit; j++) {
                hit = all[i + j] == from[j];
            }
            if (hit) {
                System.arraycopy(to, 0, all, i, to.length);
                hits++;
            }
        }
        if (hits == 0) {
            throw new AssertionError("bytes not found in " + file);
        }
        Files.write(file, all);
    }
}
