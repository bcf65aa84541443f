package vn.dangvu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import vn.dangvu.common.AppException;
import vn.dangvu.common.PersonName;
import vn.dangvu.db.Database;
import vn.dangvu.members.Gender;
import vn.dangvu.members.MemberRepository;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.members.NewMember;
import vn.dangvu.settings.SettingsRepository;
import vn.dangvu.settings.SettingsService;
import vn.dangvu.settings.SetupRequest;
import vn.dangvu.units.CellType;
import vn.dangvu.units.NewUnit;
import vn.dangvu.units.UnitKind;
import vn.dangvu.units.UnitRepository;

/// Generates a fictional commune into an empty database, deterministically for a seed.
public final class DemoService {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ", "Võ", "Ngô"};
    private static final String[] GIVEN = {"An", "Bình", "Hương", "Hường", "Dũng", "Đức", "Lan", "Minh", "Thảo", "Yến"};

    private final Database db;

    public DemoService(Database db) {
        this.db = db;
    }

    public DemoSummary populate(DemoOptions o, DoubleConsumer progress) throws AppException {
        if (o.members() < 1 || o.members() > DemoOptions.MAX_MEMBERS) {
            throw new AppException("demo.error.members", o.members(), DemoOptions.MAX_MEMBERS);
        }
        SplittableRandom r = new SplittableRandom(o.seed());
        UnitRepository units = new UnitRepository();
        new SettingsService(db, new SettingsRepository(), units)
                .setup(new SetupRequest("Phú Sơn", "Khánh Hòa", "Nguyễn Văn Bình", "", 2025, 2030));
        MemberRepository members = new MemberRepository();
        int cells = 12;
        db.save(trx -> {
            long root = units.root(trx.dsl()).orElseThrow().id();
            List<Long> cellIds = new ArrayList<>();
            for (int i = 1; i <= cells; i++) {
                cellIds.add(units.insert(trx.dsl(), new NewUnit(Optional.of(root), UnitKind.SUBORDINATE_CELL,
                        Optional.of(CellType.HAMLET), "Chi bộ thôn " + i, Optional.empty(), Optional.empty())));
            }
            for (int i = 0; i < o.members(); i++) {
                LocalDate admitted = LocalDate.of(1970 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
                members.insert(trx.dsl(), new NewMember(
                        new PersonName(FAMILY[r.nextInt(FAMILY.length)], r.nextBoolean() ? "Văn" : "Thị", GIVEN[r.nextInt(GIVEN.length)]),
                        r.nextBoolean() ? Gender.MALE : Gender.FEMALE, admitted.minusYears(20 + r.nextInt(20)),
                        cellIds.get(r.nextInt(cells)), MemberStatus.OFFICIAL, admitted, admitted, admitted.plusYears(1),
                        null, "ETH_01", "NONE", null));
                if (i % 100 == 0) {
                    progress.accept((double) i / o.members());
                }
            }
            return null;
        });
        progress.accept(1.0);
        return new DemoSummary(cells + 1, cells, o.members(), 0, 0, 0, 0);
    }
}
