package vn.dangvu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

import vn.dangvu.common.AppException;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.party.UnitKind;
import vn.dangvu.rating.Evaluation;
import vn.dangvu.rating.ExemptionReason;
import vn.dangvu.rating.Grade;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.Subject;
import vn.dangvu.registrations.Assessment;
import vn.dangvu.registrations.HistoryRegistration;
import vn.dangvu.registrations.RegistrationForm;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.RegistrationStatus;
import vn.dangvu.years.WorkingYear;
import vn.dangvu.years.YearState;

/// Several years of history: working years 2023–2026 with their rule sets, year-end ratings of members and
/// units for 2023–2025 (2025 on the Q366 100-point scale, levels from 90 / 70 / 50), and the learning
/// registrations of 2025 (reviewed) and 2026 (confirmed).
final class DemoHistory {

    static final int FIRST_RATED_YEAR = 2023;
    static final int LAST_RATED_YEAR = 2025;
    static final String[] LEVELS = {null, "EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"};
    static final byte EXCELLENT = 1;

    private static final String[][] ACTIONS = {
        {"Tham gia đầy đủ các buổi sinh hoạt chi bộ", "Sắp xếp công việc, báo cáo trước khi vắng có lý do"},
        {"Đóng đảng phí đầy đủ, đúng hạn hằng tháng", "Nộp cho đồng chí chi ủy viên phụ trách trước ngày 10"},
        {"Cài đặt và sử dụng thường xuyên Sổ tay đảng viên điện tử", "Nhờ đoàn viên thanh niên hướng dẫn, đọc tài liệu trước mỗi kỳ sinh hoạt"},
        {"Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền cho các hộ liền kề"},
        {"Tham gia làm đường giao thông nông thôn của thôn", "Góp ngày công và vận động bà con cùng tham gia"},
        {"Giúp đỡ một hộ khó khăn trong khu dân cư", "Thăm hỏi, hướng dẫn cách làm ăn, giới thiệu vay vốn"},
        {"Học tập, quán triệt đầy đủ nghị quyết mới của Đảng", "Tự nghiên cứu, ghi chép và liên hệ với công việc của bản thân"},
        {"Thực hành tiết kiệm, chống lãng phí trong công việc và gia đình", "Tiết kiệm điện, nước, văn phòng phẩm; tổ chức việc cưới, việc tang văn minh"},
        {"Giữ gìn an ninh trật tự nơi cư trú", "Tham gia tổ tự quản, kịp thời báo tin về tệ nạn xã hội"},
        {"Hoàn thành tốt nhiệm vụ chuyên môn được giao", "Lập kế hoạch công việc từng tháng, làm đúng tiến độ"}};

    private final List<DemoCommune.Unit> plan;
    private final long[] unitIds;
    private final long rootId;
    /// Final level per rated year (index year - 2023) and member index; 0 = not rated or exempt.
    final byte[][] memberLevels;
    final byte[][] unitLevels;

    DemoHistory(List<DemoCommune.Unit> plan, long[] unitIds, long rootId, int members) {
        this.plan = plan;
        this.unitIds = unitIds;
        this.rootId = rootId;
        int years = LAST_RATED_YEAR - FIRST_RATED_YEAR + 1;
        this.memberLevels = new byte[years][members];
        this.unitLevels = new byte[years][plan.size()];
    }

    static String ruleSet(int year) {
        return year <= 2024 ? "Q124_HD25" : "Q366_HD43";
    }

    /// 2023–2025 closed in January of the next year, 2026 open.
    static List<WorkingYear> workingYears() {
        List<WorkingYear> out = new ArrayList<>();
        for (int y = 2023; y <= 2026; y++) {
            boolean closed = y < 2026;
            out.add(new WorkingYear(y, closed ? YearState.CLOSED : YearState.OPEN, ruleSet(y), Optional.empty(), Optional.empty(),
                    closed ? Optional.of(LocalDateTime.of(y + 1, 1, 20 + (y % 5), 10, 0)) : Optional.empty()));
        }
        return out;
    }

    /// Adds a study theme of a year through the working-year service; returns its id.
    @FunctionalInterface
    interface ThemeSink {
        long add(int year, String title, String sourceDoc, LocalDate studyDeadline) throws AppException;
    }

    /// Ratings of members and units; returns the number of rows.
    int evaluations(List<DemoMember> members, SplittableRandom r, DemoBatch<Evaluation> b,
                    DoubleConsumer progress) throws AppException {
        for (int y = FIRST_RATED_YEAR; y <= LAST_RATED_YEAR; y++) {
            LocalDate yearEnd = LocalDate.of(y, 12, 31);
            LocalDate midYear = LocalDate.of(y, 6, 30);
            for (int i = 0; i < members.size(); i++) {
                DemoMember m = members.get(i);
                if (!m.onRollAt(yearEnd)) {
                    continue;
                }
                LocalDate decided = y < 2025 ? LocalDate.of(y, 12, 12 + r.nextInt(16)) : LocalDate.of(y + 1, 1, 6 + r.nextInt(14));
                long cell = unitIds[m.cell];
                String exempt = m.exemptAt(yearEnd) ? "EXEMPT_WORK_MEETINGS"
                        : m.ceremony.isAfter(midYear) ? "ADMITTED_LT_6_MONTHS" : null;
                if (exempt != null) {
                    b.add(new Evaluation(0, y, Subject.member(m.id), cell, ruleSet(y), Optional.of(ExemptionReason.valueOf(exempt)),
                            Grade.NONE, Grade.NONE, Grade.NONE, "", Set.of(), false, Optional.empty(), Optional.of(decided)));
                    continue;
                }
                byte level = memberLevel(m.strong, r);
                memberLevels[y - FIRST_RATED_YEAR][i] = level;
                rated(b, y, Subject.member(m.id), cell, level, decided, r);
            }
            progress.accept((y - FIRST_RATED_YEAR + 1.0) / (LAST_RATED_YEAR - FIRST_RATED_YEAR + 1));
            for (int u = 0; u < plan.size(); u++) {
                DemoCommune.Unit unit = plan.get(u);
                if (unit.established().isAfter(yearEnd)) {
                    continue;
                }
                byte level = unitLevel(r);
                unitLevels[y - FIRST_RATED_YEAR][u] = level;
                long parent = unit.parent() < 0 ? rootId : unitIds[unit.parent()];
                rated(b, y, Subject.unit(unitIds[u]), parent, level, LocalDate.of(y + 1, 1, 15 + r.nextInt(10)), r);
            }
        }
        return b.rows();
    }

    /// A rated member or unit: under Q366 (2025 on) with scores, the self-assessment up to 2 points above the decided
    /// score; before, the self-assessment sometimes one level above the decision.
    private static void rated(DemoBatch<Evaluation> b, int year, Subject subject, long atUnit, byte level, LocalDate decided,
                              SplittableRandom r) throws AppException {
        Level finalLevel = Level.valueOf(LEVELS[level]);
        Grade self;
        Grade decision;
        if (year >= 2025) {
            double score = score(level, r);
            double selfScore = Math.min(100.0, score + r.nextInt(5) * 0.5);
            self = Grade.of(Level.valueOf(levelOf(selfScore)), selfScore);
            decision = Grade.of(finalLevel, score);
        } else {
            self = Grade.of(level > EXCELLENT && r.nextDouble() < 0.15 ? Level.valueOf(LEVELS[level - 1]) : finalLevel);
            decision = Grade.of(finalLevel);
        }
        b.add(new Evaluation(0, year, subject, atUnit, ruleSet(year), Optional.empty(), self, decision, decision, "", Set.of(), false,
                Optional.empty(), Optional.of(decided)));
    }

    /// Q366/HD43: EXCELLENT from 90, GOOD from 70, COMPLETED from 50, below that NOT_COMPLETED.
    static String levelOf(double score) {
        return score >= 90 ? "EXCELLENT" : score >= 70 ? "GOOD" : score >= 50 ? "COMPLETED" : "NOT_COMPLETED";
    }

    private static double score(byte level, SplittableRandom r) {
        return switch (level) {
            case 1 -> 90 + r.nextInt(17) * 0.5;
            case 2 -> 70 + r.nextInt(40) * 0.5;
            case 3 -> 50 + r.nextInt(40) * 0.5;
            default -> 30 + r.nextInt(40) * 0.5;
        };
    }

    private static byte memberLevel(boolean strong, SplittableRandom r) {
        double u = r.nextDouble();
        if (strong) {
            return (byte) (u < 0.55 ? 1 : u < 0.98 ? 2 : 3);
        }
        return (byte) (u < 0.07 ? 1 : u < 0.87 ? 2 : u < 0.99 ? 3 : 4);
    }

    private static byte unitLevel(SplittableRandom r) {
        double u = r.nextDouble();
        return (byte) (u < 0.15 ? 1 : u < 0.85 ? 2 : u < 0.98 ? 3 : 4);
    }

    /// Individual registrations for 2025 (reviewed: every item assessed by the member and the cell) and 2026
    /// (confirmed; about one member in twenty has not registered yet and about one item in ten has no deadline, the
    /// "chung chung" kind the coverage flags) with 1–3 items each, and each cell's collective one. Returns the number
    /// of members' registrations.
    int registrations(List<DemoMember> members, SplittableRandom r, ThemeSink themes,
                      DemoBatch<HistoryRegistration> rb, DoubleConsumer progress) throws AppException {
        int count = 0;
        for (int y = 2025; y <= 2026; y++) {
            long theme = themes.add(y, y == 2025
                    ? "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"
                    : "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về đổi mới, sáng tạo, chuyển đổi số vì hạnh phúc của nhân dân",
                    "Hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa", LocalDate.of(y, 6, 30));
            boolean reviewed = y == 2025;
            for (int i = 0; i < members.size(); i++) {
                DemoMember m = members.get(i);
                LocalDate registered = LocalDate.of(y, 2, 15).plusDays(r.nextInt(45));
                boolean away = m.status == MemberStatus.TEMPORARILY_AWAY && !m.statusDate.isAfter(registered);
                if (!m.onRollAt(registered) || m.exemptAt(registered) || away || (!reviewed && r.nextInt(20) == 0)) {
                    continue;
                }
                byte level = reviewed ? memberLevels[y - FIRST_RATED_YEAR][i] : 0;
                int items = 1 + r.nextInt(3);
                int start = r.nextInt(ACTIONS.length);
                List<RegistrationItem> list = new ArrayList<>(items);
                for (int k = 0; k < items; k++) {
                    String[] a = ACTIONS[(start + 3 * k) % ACTIONS.length];
                    if (reviewed) {
                        Assessment done = level > 0 && level <= 3 ? Assessment.DONE : Assessment.PARTLY;
                        list.add(new RegistrationItem(a[0], a[1], Optional.of(LocalDate.of(y, 12, 31)), "", Optional.of(done),
                                done == Assessment.DONE ? "Đã hoàn thành" : "Hoàn thành một phần", Optional.of(done), ""));
                    } else {
                        boolean vague = r.nextInt(10) == 0;
                        list.add(RegistrationItem.of(a[0], a[1], vague ? Optional.empty() : Optional.of(LocalDate.of(y, 12, 31))));
                    }
                }
                RegistrationForm f = new RegistrationForm(Optional.empty(), y, DemoRegistrationSubjects.member(m.id),
                        "Chuyên đề năm " + y + "; nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2025–2030",
                        "Tu dưỡng, rèn luyện đạo đức, lối sống; nêu gương trong gia đình và nơi cư trú", Optional.of(registered),
                        reviewed ? "Đã thực hiện các nội dung đăng ký" : "",
                        reviewed ? (level == EXCELLENT ? "Thực hiện tốt, tiêu biểu" : "Thực hiện đầy đủ") : "",
                        Optional.empty(), list);
                rb.add(new HistoryRegistration(f, unitIds[m.cell], reviewed ? RegistrationStatus.REVIEWED : RegistrationStatus.CONFIRMED,
                        Optional.of(theme), Optional.ofNullable(reviewed && level > 0 ? LEVELS[level] : null)));
                count++;
            }
            for (int u = 0; u < plan.size(); u++) {
                if (plan.get(u).isCell() || plan.get(u).kind() == UnitKind.GRASSROOTS_COMMITTEE) {
                    String target = r.nextDouble() < 0.3 ? "EXCELLENT" : "GOOD";
                    RegistrationForm f = new RegistrationForm(Optional.empty(), y, DemoRegistrationSubjects.cell(unitIds[u]),
                            "Xây dựng chi bộ trong sạch, vững mạnh; 100% đảng viên đăng ký học tập và làm theo", "",
                            Optional.empty(), "", "", Optional.of(target), List.of());
                    rb.add(new HistoryRegistration(f, unitIds[u], reviewed ? RegistrationStatus.REVIEWED : RegistrationStatus.CONFIRMED,
                            Optional.empty(), Optional.empty()));
                }
            }
            progress.accept(y == 2025 ? 0.5 : 1.0);
        }
        return count;
    }
}
