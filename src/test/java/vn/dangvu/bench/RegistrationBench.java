package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dangvu.AppContext;
import vn.dangvu.db.Database;
import vn.dangvu.registrations.CellMember;
import vn.dangvu.registrations.Coverage;
import vn.dangvu.registrations.Registration;
import vn.dangvu.registrations.RegistrationForm;
import vn.dangvu.registrations.RegistrationItem;
import vn.dangvu.registrations.Standing;
import vn.dangvu.registrations.Subject;
import vn.dangvu.registrations.ui.BenchAccess;
import vn.dangvu.ui.SyncBackgroundTasks;

/// Issue 10, registrations: (1) the registrations screen opening on a year of 3,000 members × 5 items: the year's
/// coverage, the first cell's members and the first form, through the screen's ViewModel with tasks run at once (no
/// toolkit; the tables are virtualised), and the service calls apart; (2) saving one member's form of 5 items (the
/// transaction, the audit row and CHECKPOINT SYNC) as "save and next" does.
final class RegistrationBench {

    private static final int YEAR = 2027;
    private static final String[][] DEEDS = {
        {"Tham gia đầy đủ các buổi sinh hoạt chi bộ", "Sắp xếp công việc, báo cáo trước khi vắng có lý do"},
        {"Đóng đảng phí đầy đủ, đúng hạn hằng tháng", "Nộp cho đồng chí chi ủy viên phụ trách trước ngày 10"},
        {"Vận động gia đình phân loại rác tại nguồn", "Làm gương trước, tuyên truyền cho các hộ liền kề"},
        {"Giúp đỡ một hộ khó khăn trong khu dân cư", "Thăm hỏi, hướng dẫn cách làm ăn, giới thiệu vay vốn"},
        {"Học tập, quán triệt đầy đủ nghị quyết mới của Đảng", "Tự nghiên cứu, ghi chép và liên hệ với công việc"}};

    private RegistrationBench() {
    }

    static void run(Path dir, int members, int rounds, StringBuilder report) throws Exception {
        Path base = prepare(dir, members, report);
        try (AppContext ctx = new AppContext(Database.open(base))) {
            Coverage c = ctx.registrations().coverage(YEAR);
            report.append(String.format(Locale.ROOT, "%n%,d members in the year, %,d registered, %,d items, %d cells.%n%n",
                    c.total().members(), c.total().registered(), c.total().items().items(), c.cells().size()));
            long firstCell = c.cells().getFirst().unitId();
            int warm = 5;
            double[] open = new double[rounds];
            double[] coverage = new double[rounds];
            double[] cell = new double[rounds];
            double[] save = new double[rounds * 10];
            List<CellMember> list = ctx.registrations().cellMembers(YEAR, firstCell).stream()
                    .filter(m -> m.result().standing().registered()).toList();
            for (int r = -warm; r < rounds; r++) {
                long t0 = System.nanoTime();
                BenchAccess.open(ctx, new SyncBackgroundTasks());
                long t1 = System.nanoTime();
                ctx.registrations().coverage(YEAR);
                long t2 = System.nanoTime();
                ctx.registrations().cellMembers(YEAR, firstCell);
                long t3 = System.nanoTime();
                for (int k = 0; k < 10; k++) {
                    CellMember m = list.get((Math.max(r, 0) * 10 + k) % list.size());
                    Registration reg = ctx.registrations().find(YEAR, Subject.member(m.memberId())).orElseThrow();
                    String mark = r % 2 == 0 ? "" : ".";
                    RegistrationForm edited = reg.form().withItems(reg.form().items().stream()
                            .map(i -> RegistrationItem.of(i.content(), i.measure().replaceAll("\\.$", "") + mark, i.deadline()))
                            .toList());
                    long s0 = System.nanoTime();
                    ctx.registrations().save(edited);
                    long s1 = System.nanoTime();
                    if (r >= 0) {
                        save[r * 10 + k] = (s1 - s0) / 1e6;
                    }
                }
                if (r >= 0) {
                    open[r] = (t1 - t0) / 1e6;
                    coverage[r] = (t2 - t1) / 1e6;
                    cell[r] = (t3 - t2) / 1e6;
                }
            }
            report.append("| measure | median / min / p95 ms | target |\n|---|---|---|\n");
            report.append("| screen opens: ViewModel load (years, coverage, templates, first cell's members, first form) | ")
                    .append(Stats.of(open).fmt()).append(" | ≤ 200 ms |\n");
            report.append("| of which RegistrationService.coverage(year) | ").append(Stats.of(coverage).fmt()).append(" | |\n");
            report.append("| RegistrationService.cellMembers(year, cell) | ").append(Stats.of(cell).fmt()).append(" | |\n");
            report.append("| saving one member's form of 5 items (RegistrationService.save, CHECKPOINT SYNC) | ")
                    .append(Stats.of(save).fmt()).append(" | ≤ 50 ms |\n");
        }
    }

    /// A copy of the demo commune with year 2027 opened and every member on its roll registered with 5 items.
    private static Path prepare(Path dir, int members, StringBuilder report) throws Exception {
        Path demo = SearchBench.demoDb(dir, members, report);
        Path base = dir.resolve("registrations-" + members);
        if (Files.exists(Database.dataFile(base))) {
            return base;
        }
        Files.copy(Database.dataFile(demo), Database.dataFile(base));
        long t0 = System.nanoTime();
        try (AppContext ctx = new AppContext(Database.open(base))) {
            // the demo on main writes its closed years as LOCKED (renamed CLOSED by V5); the demo rewrite writes CLOSED
            ctx.db().dsl().execute("UPDATE working_year SET status = 'CLOSED' WHERE status = 'LOCKED'");
            ctx.years().open(YEAR, Optional.of("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"));
            List<RegistrationForm> forms = new ArrayList<>();
            for (CellMember m : ctx.registrations().members(YEAR)) {
                if (m.result().standing() != Standing.MISSING) {
                    continue;
                }
                List<RegistrationItem> items = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    String[] d = DEEDS[(int) ((m.memberId() + k) % DEEDS.length)];
                    items.add(RegistrationItem.of(d[0], d[1], Optional.of(LocalDate.of(YEAR, 3 + 2 * k, 28))));
                }
                forms.add(RegistrationForm.of(YEAR, Subject.member(m.memberId()), items));
            }
            ctx.registrations().insertAll(YEAR, forms);
        }
        report.append(String.format(Locale.ROOT, "- year %d: registrations written in %.1f s%n", YEAR,
                (System.nanoTime() - t0) / 1e9));
        return base;
    }
}
