package vn.dangvu.importing.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import vn.dangvu.AppContext;
import vn.dangvu.TestMembers;
import vn.dangvu.common.AppException;
import vn.dangvu.db.Database;
import vn.dangvu.members.MemberDetails;
import vn.dangvu.party.CellType;
import vn.dangvu.party.Gender;
import vn.dangvu.party.UnitKind;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.NewUnit;

/// The database the corpus is imported into: a real H2 file that already holds a commune with two cells and
/// three members (two with cards S001, S002; one without a card), built once and copied for every import.
final class CorpusDatabase {

    static final String BASE = "xa";
    /// The tables an import may write; [#digest] covers them all.
    private static final List<String> TABLES = List.of("party_unit", "party_member",
            "membership_event", "audit_log");

    private CorpusDatabase() {
    }

    /// Creates the seeded database `<dir>/xa` and closes it.
    static void create(Path dir) throws AppException {
        try (AppContext ctx = new AppContext(Database.create(dir.resolve(BASE)))) {
            ctx.settings().setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "", "", 2025, 2030));
            long root = ctx.units().all().getFirst().id();
            long east = ctx.units().create(cell(root, "Chi bộ thôn Đông"));
            long south = ctx.units().create(cell(root, "Chi bộ thôn Nam"));
            ctx.members().save(member("Hoàng Văn Hải", Gender.MALE, LocalDate.of(1965, 3, 4), east,
                    LocalDate.of(1990, 5, 19), "S001"));
            ctx.members().save(member("Vũ Thị Lan", Gender.FEMALE, LocalDate.of(1972, 8, 15), east,
                    LocalDate.of(1998, 2, 3), "S002"));
            ctx.members().save(member("Đỗ Văn Minh", Gender.MALE, LocalDate.of(1980, 1, 20), south,
                    LocalDate.of(2005, 9, 2), null));
        }
    }

    private static NewUnit cell(long root, String name) {
        return new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL, Optional.of(CellType.HAMLET), name,
                Optional.empty(), Optional.empty());
    }

    private static MemberDetails member(String name, Gender g, LocalDate birth, long unit, LocalDate admission, String card) {
        return TestMembers.with(TestMembers.form(name, g, birth, unit, admission, admission, admission.plusYears(1)), card,
                null, null, null);
    }

    /// Copies the closed database files of `from` into `to`; returns the base to open.
    static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to.resolve(BASE);
    }

    /// SHA-256 of every row of each table an import may write, in key order: equal digests, unchanged data.
    static Map<String, String> digest(DSLContext dsl) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            String rows = dsl.fetch("SELECT * FROM " + t + " ORDER BY 1, 2").formatCSV();
            out.put(t, sha256(rows));
        }
        return out;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
