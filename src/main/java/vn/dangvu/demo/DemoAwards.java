package vn.dangvu.demo;

import static vn.dangvu.demo.DemoCommune.AS_OF;
import static vn.dangvu.demo.DemoCommune.REFORM;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import vn.dangvu.commendation.DecisionKind;
import vn.dangvu.commendation.ImportedDecision;
import vn.dangvu.commendation.ImportedEntry;
import vn.dangvu.commendation.RecipientKind;
import vn.dangvu.commendation.Signing;
import vn.dangvu.common.AppException;
import vn.dangvu.docnumbers.DocumentNumber;
import vn.dangvu.members.BadgeAward;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;

/// Commendation decisions for 2024 and 2025 (giấy khen to members and units rated EXCELLENT, numbered in the
/// document register of the committee term) and Party badges for members past 30, 40, 45, 50… years of party age.
final class DemoAwards {

    private static final int[] MILESTONES = {30, 40, 45, 50, 55, 60, 65, 70, 75};
    /// Multiples of the base salary paid with a badge (HD 56-HD/VPTW); 45 years is not in the source, estimated.
    private static final double[] MULTIPLIERS = {1.5, 2.0, 2.5, 3.0, 3.5, 5.0, 6.0, 8.0, 10.0};
    private static final int[][] ROUNDS = {{2, 3}, {5, 19}, {9, 2}, {11, 7}};

    private final List<DemoCommune.Unit> plan;
    private final long[] unitIds;

    DemoAwards(List<DemoCommune.Unit> plan, long[] unitIds) {
        this.plan = plan;
        this.unitIds = unitIds;
    }

    /// The previous committee term (2020–2025), in which the 2024 decisions are numbered.
    static final String OLD_TERM = "2020–2025";
    static final LocalDate OLD_TERM_START = LocalDate.of(2020, 8, 20);
    static final LocalDate OLD_TERM_END = LocalDate.of(2025, 6, 30);

    /// Returns the number of commendation entries. `docId` and `decisionId` are the first free ids of their tables;
    /// `qb` is sent after `db`, `eb` after `qb`.
    int commendations(List<DemoMember> members, DemoHistory history, long termId, long currentTerm, String secretary,
                      SplittableRandom r, long firstDocId, long firstDecisionId, DemoBatch<DocumentNumber> db,
                      DemoBatch<ImportedDecision> qb, DemoBatch<ImportedEntry> eb) throws AppException {
        long docId = firstDocId;
        long decisionId = firstDecisionId;
        for (int y = 2024; y <= 2025; y++) {
            boolean oldTerm = y == 2024;
            long term = oldTerm ? termId : currentTerm;
            LocalDate issued = LocalDate.of(y + 1, 1, 12 + r.nextInt(10));
            int seq = oldTerm ? 280 + r.nextInt(60) : 3 + r.nextInt(15);
            String number = seq + "-QĐ/ĐU";
            String title = "Quyết định khen thưởng tổ chức đảng và đảng viên hoàn thành xuất sắc nhiệm vụ năm " + y;
            long doc = docId++;
            db.add(number(doc, term, "QĐ", seq, number, issued, title));
            long decision = decisionId++;
            long perUnit = oldTerm ? 400_000 : 600_000;
            long perMember = oldTerm ? 200_000 : 300_000;
            String signer = oldTerm || secretary.isEmpty() ? DemoNames.person(r, Gender.MALE).full() : secretary;
            qb.add(new ImportedDecision(decision, y, DecisionKind.PERIODIC_YEAR, doc, number, issued, Signing.STANDING_COMMITTEE,
                    signer, title, "Căn cứ Điều lệ Đảng; căn cứ kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm " + y
                            + "; xét đề nghị của Ban Xây dựng Đảng", perUnit, perMember));
            int gk = oldTerm ? 500 + r.nextInt(100) : 1;
            String achievement = "Hoàn thành xuất sắc nhiệm vụ năm " + y;
            byte[] units = history.unitLevels[y - DemoHistory.FIRST_RATED_YEAR];
            for (int u = 0; u < plan.size(); u++) {
                if (units[u] == DemoHistory.EXCELLENT) {
                    String registry = gk + "/GK";
                    db.add(number(docId++, term, "GK", gk++, registry, issued, plan.get(u).name()));
                    eb.add(new ImportedEntry(decision, RecipientKind.UNIT, null, unitIds[u], plan.get(u).name(), "", achievement,
                            perUnit, registry, issued));
                }
            }
            byte[] levels = history.memberLevels[y - DemoHistory.FIRST_RATED_YEAR];
            for (int i = 0; i < members.size(); i++) {
                DemoMember m = members.get(i);
                if (levels[i] == DemoHistory.EXCELLENT && m.onRollAt(issued) && r.nextDouble() < 0.3) {
                    String registry = gk + "/GK";
                    db.add(number(docId++, term, "GK", gk++, registry, issued, m.names.fullName()));
                    eb.add(new ImportedEntry(decision, RecipientKind.MEMBER, m.id, null, m.names.fullName(), "", achievement,
                            perMember, registry, issued));
                }
            }
        }
        return eb.rows();
    }

    private static DocumentNumber number(long id, long term, String type, int seq, String text, LocalDate issued, String title) {
        return new DocumentNumber(id, term, type, "ĐU", seq, text, issued, Optional.of(title), false, Optional.empty());
    }

    /// Returns the number of badges awarded.
    int badges(List<DemoMember> members, DemoBatch<BadgeAward> b) throws AppException {
        int number = 0;
        for (DemoMember m : members) {
            if (m.full == null || m.status == MemberStatus.REMOVED) {
                continue;
            }
            boolean left = m.status == MemberStatus.DECEASED || m.status == MemberStatus.TRANSFERRED_OUT;
            LocalDate limit = left ? m.statusDate : AS_OF;
            for (int k = 0; k < MILESTONES.length; k++) {
                LocalDate base = m.decision.plusYears(MILESTONES[k]);
                LocalDate due = base.plusDays(m.gapDaysBefore(base));
                LocalDate round = round(due);
                if (round.isAfter(limit)) {
                    break;
                }
                number++;
                String badgeNo = (MILESTONES[k] == 45 ? "56E" : "") + String.format("%06d", number);
                String place = m.ageAt(round) >= 88 ? "Tại nhà riêng"
                        : round.isBefore(REFORM) ? "Hội trường Đảng ủy xã" : "Hội trường Đảng ủy xã Phú Sơn";
                long cash = Math.round(baseSalary(round) * MULTIPLIERS[k]);
                b.add(new BadgeAward(m.id, MILESTONES[k], round, roundDecision(round), round.minusDays(15),
                        "Ban Thường vụ Tỉnh ủy Khánh Hòa", badgeNo, round, false, false, place, cash));
            }
        }
        return b.rows();
    }

    /// Badges are presented on 3/2, 19/5, 2/9 and 7/11: the first round on or after the due day.
    static LocalDate round(LocalDate due) {
        for (int[] md : ROUNDS) {
            LocalDate d = LocalDate.of(due.getYear(), md[0], md[1]);
            if (!d.isBefore(due)) {
                return d;
            }
        }
        return LocalDate.of(due.getYear() + 1, 2, 3);
    }

    private static String roundDecision(LocalDate round) {
        return (100 + (round.getDayOfYear() * 7 + round.getYear()) % 3900) + "-QĐ/TU";
    }

    /// Lương cơ sở in force on the day (VND).
    private static long baseSalary(LocalDate d) {
        if (!d.isBefore(LocalDate.of(2024, 7, 1))) {
            return 2_340_000;
        }
        if (!d.isBefore(LocalDate.of(2023, 7, 1))) {
            return 1_800_000;
        }
        if (!d.isBefore(LocalDate.of(2019, 7, 1))) {
            return 1_490_000;
        }
        if (!d.isBefore(LocalDate.of(2018, 7, 1))) {
            return 1_390_000;
        }
        return d.isBefore(LocalDate.of(2017, 7, 1)) ? 1_210_000 : 1_300_000;
    }
}

